package uk.council.complaints.report;

import jakarta.inject.Singleton;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The financial years (1 April to 31 March) the report's form offers, by code ({@code fy-2025} for 2025 to
 * 2026): this year so far, then the six before it, the newest complete one being the default.
 */
@Singleton
class FinancialYears {
    static final String OTHER = "dates";
    private static final int YEARS = 6;
    private final Clock clock;

    FinancialYears(Clock clock) {
        this.clock = clock;
    }

    List<String> codes() {
        int latest = lastComplete() + 1;
        List<String> codes = new ArrayList<>();
        for (int y = latest; y > latest - YEARS - 1; y--) {
            codes.add("fy-" + y);
        }
        return codes;
    }

    /** The year the last complete financial year started in. */
    int lastComplete() {
        LocalDate today = ClockFactory.today(clock);
        return (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - 1;
    }

    /** The financial year's code when the period is one of those offered, otherwise other dates. */
    String code(ReportPeriod p) {
        boolean year = p.from().getMonthValue() == 4 && p.from().getDayOfMonth() == 1
                && p.to().equals(p.from().plusYears(1).minusDays(1));
        String code = "fy-" + p.from().getYear();
        return year && codes().contains(code) ? code : OTHER;
    }
}
