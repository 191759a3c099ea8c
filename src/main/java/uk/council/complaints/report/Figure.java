package uk.council.complaints.report;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * One number of the report. Only {@link Kind#COUNT} figures are ever suppressed (1 to 4 shown as
 * "fewer than 5" in anything that leaves the team); {@code value} null means no data (shown as a dash).
 */
public record Figure(Kind kind, @Nullable BigDecimal value, boolean suppressed) {

    public enum Kind { COUNT, PERCENT, WORKING_DAYS, MONEY }

    public static Figure count(long n) {
        return new Figure(Kind.COUNT, BigDecimal.valueOf(n), false);
    }

    public static Figure of(Kind kind, @Nullable BigDecimal value) {
        return new Figure(kind, value, false);
    }

    public Figure suppress() {
        return new Figure(kind, value, true);
    }
}
