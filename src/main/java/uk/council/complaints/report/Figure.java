package uk.council.complaints.report;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * One number of the report; {@code value} null means no data (shown as a dash). {@code hidden} says whether and
 * why it is not published ({@link Suppression}): a count from 1 to 4 ({@link Hidden#SMALL}, "fewer than 5"), a
 * count hidden only so that a total cannot give a small one away ({@link Hidden#COMPLEMENTARY}, "[c]"), or a rate
 * or average withheld beside a hidden count ({@link Hidden#WITHHELD}).
 */
public record Figure(Kind kind, @Nullable BigDecimal value, Hidden hidden) {

    public enum Kind { COUNT, PERCENT, WORKING_DAYS, MONEY }

    /** Why a figure is not published; each has its own words on every output. */
    public enum Hidden { NONE, SMALL, COMPLEMENTARY, WITHHELD }

    public static Figure count(long n) {
        return new Figure(Kind.COUNT, BigDecimal.valueOf(n), Hidden.NONE);
    }

    public static Figure of(Kind kind, @Nullable BigDecimal value) {
        return new Figure(kind, value, Hidden.NONE);
    }

    public Figure hide(Hidden why) {
        return new Figure(kind, value, why);
    }

    /** Not published, for whichever reason. */
    public boolean suppressed() {
        return hidden != Hidden.NONE;
    }
}
