package uk.council.complaints.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the {@code date,title} bank holidays file. Any mistake stops the portal from starting,
 * naming the file and line, because a wrong holiday list would silently give wrong deadlines.
 */
final class BankHolidaysCsv {

    static final String HEADER = "date,title";

    // Every year since 1978 has had at least these eight, so fewer means a year was half-entered.
    private static final int FEWEST_HOLIDAYS_IN_A_YEAR = 8;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private BankHolidaysCsv() {
    }

    static Set<LocalDate> parse(List<String> lines, String source) {
        Set<LocalDate> holidays = new TreeSet<>();
        boolean headerSeen = false;
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String line = withoutByteOrderMark(lines.get(index)).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                requireHeader(line, source, lineNumber);
                headerSeen = true;
            } else if (!holidays.add(parseHoliday(line, source, lineNumber))) {
                throw invalid(source, lineNumber, "the date " + line.split(",", 2)[0].strip() + " is listed twice");
            }
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(source + ": missing the header line '" + HEADER + "'");
        }
        requireWholeYears(holidays, source);
        return holidays;
    }

    private static void requireHeader(String line, String source, int lineNumber) {
        String[] columns = line.split(",", -1);
        boolean isHeader = columns.length == 2
                && columns[0].strip().equalsIgnoreCase("date")
                && columns[1].strip().equalsIgnoreCase("title");
        if (!isHeader) {
            throw invalid(source, lineNumber, "expected the header line '" + HEADER + "' but found '" + line + "'");
        }
    }

    private static LocalDate parseHoliday(String line, String source, int lineNumber) {
        String[] columns = line.split(",", 2);
        if (columns.length < 2 || columns[1].isBlank()) {
            throw invalid(source, lineNumber, "expected date,title (for example 2025-12-25,Christmas Day) but found '"
                    + line + "'");
        }
        String date = columns[0].strip();
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw invalid(source, lineNumber, "'" + date + "' is not a real date written yyyy-MM-dd");
        }
    }

    // A year in the file replaces the rules for that year, so a partly entered year would lose holidays.
    private static void requireWholeYears(Set<LocalDate> holidays, String source) {
        Map<Integer, Integer> countByYear = new TreeMap<>();
        holidays.forEach(day -> countByYear.merge(day.getYear(), 1, Integer::sum));
        countByYear.forEach((year, count) -> {
            if (count < FEWEST_HOLIDAYS_IN_A_YEAR) {
                throw new IllegalArgumentException(source + ": " + year + " lists only " + count
                        + " bank holidays; a year in this file replaces the computed rules for that year,"
                        + " so list all of that year's bank holidays");
            }
        });
    }

    private static String withoutByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    private static IllegalArgumentException invalid(String source, int lineNumber, String problem) {
        return new IllegalArgumentException(source + " line " + lineNumber + ": " + problem);
    }
}
