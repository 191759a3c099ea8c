package uk.council.complaints.report;

import jakarta.inject.Singleton;
import uk.council.complaints.deadline.WorkingDays;

import java.time.LocalDate;

/**
 * Working days in SQL without a stored calendar: once per report, {@link WorkingDays} (weekends and the
 * bank holiday data) numbers each date of the span, and the query gets it as a {@code VALUES} list named
 * {@code wd(d, n)}, where {@code n} counts the working days up to and including {@code d}. The working
 * days after {@code a} up to {@code b} are then {@code n(b) - n(a)}, exactly
 * {@link WorkingDays#workingDaysBetween}. A year's report spans its year and the two after (responses
 * come later): about 1,100 rows, a few milliseconds to make and to hash-join.
 */
@Singleton
class WorkingDayCalendar {
    /** How long after the period a response is still counted in working days. */
    static final int DAYS_AFTER = 730;
    private final WorkingDays workingDays;

    WorkingDayCalendar(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** {@code wd(d, n) as (values ...)}, for a WITH clause, covering the period and {@link #DAYS_AFTER} days after. */
    String cte(ReportPeriod p) {
        StringBuilder sql = new StringBuilder("wd(d, n) as (values ");
        long n = 0;
        LocalDate end = p.to().plusDays(DAYS_AFTER);
        for (LocalDate day = p.from(); !day.isAfter(end); day = day.plusDays(1)) {
            if (workingDays.isWorkingDay(day)) {
                n++;
            }
            sql.append(day.equals(p.from()) ? "" : ", ").append("(date '").append(day).append("', ").append(n).append(')');
        }
        return sql.append(')').toString();
    }
}
