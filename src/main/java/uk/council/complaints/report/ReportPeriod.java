package uk.council.complaints.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The dates a report covers, both inclusive, as UK dates (a case counts by its received_on date). */
public record ReportPeriod(LocalDate from, LocalDate to) {
    /** The longest period a report covers (ten years): longer ones are refused on every output, not computed. */
    public static final long MAX_DAYS = 3653;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it starts");
        }
    }

    public boolean isTooLong() {
        return ChronoUnit.DAYS.between(from, to) >= MAX_DAYS;
    }

    /** The financial year 1 April {@code startYear} to 31 March the year after. */
    public static ReportPeriod financialYear(int startYear) {
        return new ReportPeriod(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    /** The period of the same length just before this one (the year before, for a financial year). */
    public ReportPeriod previous() {
        if (from.getMonthValue() == 4 && from.getDayOfMonth() == 1 && to.equals(from.plusYears(1).minusDays(1))) {
            return financialYear(from.getYear() - 1);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new ReportPeriod(from.minusDays(days), from.minusDays(1));
    }
}
