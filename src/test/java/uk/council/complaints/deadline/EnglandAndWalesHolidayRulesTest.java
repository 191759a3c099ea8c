package uk.council.complaints.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglandAndWalesHolidayRulesTest {

    @ParameterizedTest(name = "rules give the published {0} list")
    @CsvSource({
            "2024, " + PublishedBankHolidays.Y2024,
            "2025, " + PublishedBankHolidays.Y2025,
            "2026, " + PublishedBankHolidays.Y2026,
            "2027, " + PublishedBankHolidays.Y2027,
    })
    void rulesMatchThePublishedList(int year, String published) {
        assertEquals(PublishedBankHolidays.dates(published), EnglandAndWalesHolidayRules.forYear(year));
    }

    @ParameterizedTest(name = "the shipped file lists exactly the rule days for {0}")
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void shippedFileAgreesWithTheRules(int year) {
        BankHolidays shipped = BankHolidays.fromClasspath();
        assertTrue(shipped.isListedInFile(year));
        assertEquals(EnglandAndWalesHolidayRules.forYear(year), shipped.inYear(year));
    }

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2031, 2031-04-13",
            "2038, 2038-04-25",  // latest possible date
            "2285, 2285-03-22",  // earliest possible date
    })
    void easterSunday(int year, LocalDate expected) {
        assertEquals(expected, EnglandAndWalesHolidayRules.easterSunday(year));
    }

    @ParameterizedTest(name = "{0}: Christmas on a {1} gives {2}")
    @CsvSource({
            "2024, Wednesday, 2024-12-25 2024-12-26",
            "2026, Friday,    2026-12-25 2026-12-28",  // Boxing Day on Saturday moves to Monday
            "2027, Saturday,  2027-12-27 2027-12-28",  // both move
            "2022, Sunday,    2022-12-26 2022-12-27",  // Boxing Day is the Monday, Christmas moves to Tuesday
            "2033, Sunday,    2033-12-26 2033-12-27",
    })
    void christmasSubstituteDays(int year, String christmasWeekday, String expected) {
        Set<LocalDate> december = EnglandAndWalesHolidayRules.forYear(year).stream()
                .filter(day -> day.getMonthValue() == 12)
                .collect(Collectors.toSet());
        assertEquals(christmasWeekday.toUpperCase(), LocalDate.of(year, 12, 25).getDayOfWeek().name());
        assertEquals(PublishedBankHolidays.dates(expected), december);
    }

    @ParameterizedTest(name = "New Year {0} is kept on {1}")
    @CsvSource({
            "2025, 2025-01-01",
            "2022, 2022-01-03",  // Saturday
            "2023, 2023-01-02",  // Sunday
            "2028, 2028-01-03",  // Saturday
    })
    void newYearSubstituteDay(int year, LocalDate expected) {
        assertTrue(EnglandAndWalesHolidayRules.forYear(year).contains(expected));
    }

    @Test
    void rulesOnlyYear2031() {
        Set<LocalDate> expected = PublishedBankHolidays.dates(
                "2031-01-01 2031-04-11 2031-04-14 2031-05-05 2031-05-26 2031-08-25 2031-12-25 2031-12-26");
        assertEquals(expected, EnglandAndWalesHolidayRules.forYear(2031));
    }
}
