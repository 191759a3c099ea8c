package uk.council.complaints.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysTest {

    private static final BankHolidays SHIPPED = BankHolidays.fromClasspath();

    @ParameterizedTest(name = "shipped file has the published {0} list")
    @CsvSource({
            "2024, " + PublishedBankHolidays.Y2024,
            "2025, " + PublishedBankHolidays.Y2025,
            "2026, " + PublishedBankHolidays.Y2026,
            "2027, " + PublishedBankHolidays.Y2027,
    })
    void shippedFileHasThePublishedList(int year, String published) {
        assertEquals(PublishedBankHolidays.dates(published), SHIPPED.inYear(year));
    }

    @Test
    void boxingDaySubstitute2026IsAHolidayButBoxingDayItselfIsNot() {
        assertTrue(SHIPPED.isBankHoliday(LocalDate.of(2026, 12, 28)));
        assertFalse(SHIPPED.isBankHoliday(LocalDate.of(2026, 12, 26)));
    }

    @Test
    void yearsOutsideTheFileComeFromTheRules() {
        assertFalse(SHIPPED.isListedInFile(2031));
        assertEquals(EnglandAndWalesHolidayRules.forYear(2031), SHIPPED.inYear(2031));
        assertTrue(SHIPPED.isBankHoliday(LocalDate.of(2031, 4, 11)));
    }

    @Test
    void aYearInTheFileUsesOnlyTheFileSoOneOffHolidaysCount() {
        // 2023 as published: the coronation bank holiday on 8 May, which the rules cannot know.
        Set<LocalDate> published2023 = PublishedBankHolidays.dates("2023-01-02 2023-04-07 2023-04-10 2023-05-01"
                + " 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26");
        BankHolidays holidays = BankHolidays.of(published2023);

        assertTrue(holidays.isBankHoliday(LocalDate.of(2023, 5, 8)));
        assertFalse(EnglandAndWalesHolidayRules.forYear(2023).contains(LocalDate.of(2023, 5, 8)));
        assertEquals(published2023, holidays.inYear(2023));
    }

    @Test
    void aYearListedInTheFileIsNotTopUppedFromTheRules() {
        BankHolidays holidays = BankHolidays.of(List.of(LocalDate.of(2030, 6, 3)));

        assertEquals(Set.of(LocalDate.of(2030, 6, 3)), holidays.inYear(2030));
        assertFalse(holidays.isBankHoliday(LocalDate.of(2030, 12, 25)));
    }

    @Test
    void loadsACouncilsOwnFileFromDisk(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("holidays.csv"),
                "# our copy\n" + PublishedBankHolidays.csvFor(PublishedBankHolidays.Y2025));

        BankHolidays holidays = BankHolidays.fromFile(file);

        assertTrue(holidays.isListedInFile(2025));
        assertFalse(holidays.isListedInFile(2024));
        assertEquals(PublishedBankHolidays.dates(PublishedBankHolidays.Y2025), holidays.inYear(2025));
    }

    @Test
    void aMissingFileNamesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.csv");

        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> BankHolidays.fromFile(missing));

        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
    }
}
