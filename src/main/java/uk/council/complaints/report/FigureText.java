package uk.council.complaints.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.web.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

/**
 * A figure in words, the same on the page, in the PDF and in the spreadsheet: counts with thousands separators,
 * percentages and working days to one decimal place (as the spreadsheet's formats), money in pounds; a count from 1 to 4 as "fewer than 5", one hidden so that a total cannot give it away as "[c]";
 * no data as a dash. A change is never shown when either side is suppressed (it would give the number away).
 */
@Singleton
class FigureText {
    private final Messages msg;

    FigureText(Messages msg) {
        this.msg = msg;
    }

    String text(@Nullable Figure f) {
        if (f == null || f.value() == null) {
            return msg.get("report.figure.none");
        }
        if (f.suppressed()) {
            return hidden(f.hidden());
        }
        return format(f.kind(), f.value(), false);
    }

    /** The words for a hidden figure, the same in every output: "fewer than 5", "[c]" or "not published". */
    String hidden(Figure.Hidden why) {
        return msg.get(switch (why) {
            case SMALL -> "report.figure.suppressed";
            case COMPLEMENTARY -> "report.figure.complementary";
            case WITHHELD, NONE -> "report.withheld";
        });
    }

    /** This period against the previous one: "+3", "-2.5 points", "no change"; a dash when it cannot be said. */
    String change(@Nullable Figure now, @Nullable Figure before) {
        if (now == null || before == null || now.value() == null || before.value() == null
                || now.suppressed() || before.suppressed()) {
            return msg.get("report.figure.none");
        }
        BigDecimal diff = now.value().subtract(before.value());
        if (diff.signum() == 0) {
            return msg.get("report.change.none");
        }
        String amount = format(now.kind(), diff.abs(), true);
        return msg.get(diff.signum() > 0 ? "report.change.up" : "report.change.down", amount);
    }

    private String format(Figure.Kind kind, BigDecimal value, boolean change) {
        NumberFormat numbers = NumberFormat.getNumberInstance(msg.locale());
        return switch (kind) {
            case COUNT -> numbers.format(value.setScale(0, RoundingMode.HALF_UP));
            case PERCENT -> msg.get(change ? "report.figure.points" : "report.figure.percent", oneDecimal(numbers, value));
            case WORKING_DAYS -> oneDecimal(numbers, value);
            case MONEY -> msg.get("report.figure.money", money(value));
        };
    }

    private static String oneDecimal(NumberFormat numbers, BigDecimal value) {
        numbers.setMinimumFractionDigits(1);
        numbers.setMaximumFractionDigits(1);
        return numbers.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    private String money(BigDecimal pounds) {
        NumberFormat numbers = NumberFormat.getNumberInstance(msg.locale());
        numbers.setMinimumFractionDigits(2);
        numbers.setMaximumFractionDigits(2);
        return numbers.format(pounds.setScale(2, RoundingMode.HALF_UP));
    }
}
