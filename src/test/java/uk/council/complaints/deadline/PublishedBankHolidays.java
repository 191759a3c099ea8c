package uk.council.complaints.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The England and Wales bank holidays as published, typed in separately from the data file to check it. */
final class PublishedBankHolidays {

    static final String Y2024 = "2024-01-01 2024-03-29 2024-04-01 2024-05-06"
            + " 2024-05-27 2024-08-26 2024-12-25 2024-12-26";
    static final String Y2025 = "2025-01-01 2025-04-18 2025-04-21 2025-05-05"
            + " 2025-05-26 2025-08-25 2025-12-25 2025-12-26";
    static final String Y2026 = "2026-01-01 2026-04-03 2026-04-06 2026-05-04"
            + " 2026-05-25 2026-08-31 2026-12-25 2026-12-28";
    static final String Y2027 = "2027-01-01 2027-03-26 2027-03-29 2027-05-03"
            + " 2027-05-31 2027-08-30 2027-12-27 2027-12-28";

    private PublishedBankHolidays() {
    }

    static Set<LocalDate> dates(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+"))
                .map(LocalDate::parse)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A whole valid file body for the given years, for tests that need a file on disk. */
    static String csvFor(String... years) {
        StringBuilder csv = new StringBuilder(BankHolidaysCsv.HEADER).append('\n');
        for (String year : years) {
            dates(year).forEach(day -> csv.append(day).append(",Bank holiday\n"));
        }
        return csv.toString();
    }
}
