package uk.council.complaints.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysCsvTest {

    private static final String SOURCE = "test.csv";
    private static final String FULL_2025 = PublishedBankHolidays.csvFor(PublishedBankHolidays.Y2025);

    @ParameterizedTest(name = "''{0}'' is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-13-01,Not a month          | is not a real date",
            "2025-02-30,Not a day            | is not a real date",
            "25/12/2025,Christmas Day        | is not a real date",
            "2025-12-25                      | expected date,title",
            "2025-12-25,                     | expected date,title",
            "2025-12-25,Christmas Day again  | is listed twice",
    })
    void malformedLineNamesTheFileAndLine(String badLine, String problem) {
        List<String> lines = new ArrayList<>(List.of("# comment", ""));
        FULL_2025.lines().forEach(lines::add);
        lines.add(badLine);
        int badLineNumber = lines.size();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BankHolidaysCsv.parse(lines, SOURCE));

        assertTrue(error.getMessage().startsWith(SOURCE + " line " + badLineNumber + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }

    @Test
    void malformedLineInAFileOnDiskGivesTheLineNumber(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("holidays.csv"), FULL_2025 + "2026-1-1,New Year's Day\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BankHolidays.fromFile(file));

        assertEquals(file + " line 10: '2026-1-1' is not a real date written yyyy-MM-dd", error.getMessage());
    }

    @Test
    void missingHeaderIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BankHolidaysCsv.parse(List.of("# only a comment", "2025-01-01,New Year's Day"), SOURCE));

        assertEquals(SOURCE + " line 2: expected the header line 'date,title' but found '2025-01-01,New Year's Day'",
                error.getMessage());
    }

    @Test
    void emptyFileIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BankHolidaysCsv.parse(List.of("# nothing here"), SOURCE));

        assertTrue(error.getMessage().contains("missing the header line"), error.getMessage());
    }

    @Test
    void aPartlyEnteredYearIsRejectedBecauseItWouldReplaceTheRules() {
        List<String> lines = List.of("date,title", "2028-01-03,New Year's Day (substitute day)");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BankHolidaysCsv.parse(lines, SOURCE));

        assertTrue(error.getMessage().contains("2028 lists only 1 bank holidays"), error.getMessage());
    }

    @Test
    void toleratesSpreadsheetByteOrderMarkSpacesAndCommasInTitles() {
        List<String> lines = new ArrayList<>(List.of("\uFEFFDate , Title"));
        FULL_2025.lines().skip(1).map(line -> "  " + line.replace(",", " , ") + ", England and Wales ")
                .forEach(lines::add);

        assertEquals(PublishedBankHolidays.dates(PublishedBankHolidays.Y2025), BankHolidaysCsv.parse(lines, SOURCE));
    }
}
