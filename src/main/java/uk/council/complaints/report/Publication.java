package uk.council.complaints.report;

import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;

/**
 * The report as it may leave the team: every count from 1 to 4 marked suppressed ("fewer than 5").
 * The pages call only {@link #prepare}; the figures' own suppression class (branch report), which also
 * suppresses a second cell where a total would give a small count away, takes its place when merged.
 */
@Singleton
class Publication {
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    List<ReportTable> prepare(List<ReportTable> tables) {
        return tables.stream().map(Publication::suppress).toList();
    }

    private static ReportTable suppress(ReportTable t) {
        return new ReportTable(t.letter(), t.columns(), t.rows().stream()
                .map(r -> new ReportTable.Row(r.code(), r.labelKey(), r.figures().stream().map(Publication::small).toList()))
                .toList(), t.chart());
    }

    private static Figure small(Figure f) {
        boolean small = f.kind() == Figure.Kind.COUNT && f.value() != null
                && f.value().signum() > 0 && f.value().compareTo(FIVE) < 0;
        return small ? f.suppress() : f;
    }
}
