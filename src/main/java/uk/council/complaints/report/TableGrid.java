package uk.council.complaints.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ReportTable} from figures put by row and column code. Rows are listed up front (every
 * category shows, with 0 when nothing was counted); a code the list does not know is added at the end
 * with its stored code in its words ({@code report.row.unlisted}), so nothing counted is lost.
 */
final class TableGrid {
    private final String letter;
    private final ReportTable.Chart chart;
    private final List<ReportTable.Column> columns = new ArrayList<>();
    private final Map<String, ReportTable.Row> rows = new LinkedHashMap<>();
    private final Map<String, Map<String, Figure>> cells = new HashMap<>();

    private TableGrid(String letter, ReportTable.Chart chart) {
        this.letter = letter;
        this.chart = chart;
    }

    static TableGrid of(String letter, ReportTable.Chart chart) {
        return new TableGrid(letter, chart);
    }

    TableGrid column(String code, String labelKey) {
        columns.add(new ReportTable.Column(code, labelKey));
        return this;
    }

    TableGrid row(String code, String labelKey, String... labelArgs) {
        rows.putIfAbsent(code, new ReportTable.Row(code, labelKey, List.of(labelArgs), List.of()));
        return this;
    }

    TableGrid rows(List<String> codes, String keyPrefix) {
        codes.forEach(c -> row(c, keyPrefix + c));
        return this;
    }

    TableGrid put(String rowCode, String columnCode, Figure figure) {
        if (!rows.containsKey(rowCode)) {
            row(rowCode, "report.row.unlisted", rowCode);
        }
        cells.computeIfAbsent(rowCode, r -> new HashMap<>()).put(columnCode, figure);
        return this;
    }

    /** Adds {@code n} to a count (several stored codes can fall in one row). */
    TableGrid add(String rowCode, String columnCode, long n) {
        long before = count(rowCode, columnCode);
        return put(rowCode, columnCode, Figure.count(before + n));
    }

    long count(String rowCode, String columnCode) {
        Figure f = cells.getOrDefault(rowCode, Map.of()).get(columnCode);
        return f == null || f.value() == null ? 0 : f.value().longValue();
    }

    /** A "total" column adding up the count columns of each row. */
    TableGrid totalColumn() {
        List<String> counted = columns.stream().map(ReportTable.Column::code).toList();
        column(ReportTable.TOTAL, "report.column.total");
        for (String r : rows.keySet()) {
            put(r, ReportTable.TOTAL, Figure.count(counted.stream().mapToLong(c -> count(r, c)).sum()));
        }
        return this;
    }

    /** A "total" row adding up each count column. */
    TableGrid totalRow() {
        List<String> counted = List.copyOf(rows.keySet());
        row(ReportTable.TOTAL, "report.row.total");
        for (ReportTable.Column c : columns) {
            put(ReportTable.TOTAL, c.code(), Figure.count(counted.stream().mapToLong(r -> count(r, c.code())).sum()));
        }
        return this;
    }

    ReportTable build() {
        List<ReportTable.Row> built = new ArrayList<>();
        for (ReportTable.Row r : rows.values()) {
            Map<String, Figure> row = cells.getOrDefault(r.code(), Map.of());
            List<Figure> figures = columns.stream().map(c -> row.getOrDefault(c.code(), Figure.count(0))).toList();
            built.add(new ReportTable.Row(r.code(), r.labelKey(), r.labelArgs(), figures));
        }
        return new ReportTable(letter, List.copyOf(columns), built, chart);
    }

    /** {@code part} of {@code whole} as a percentage to one decimal place; no figure when the whole is 0. */
    static Figure percent(long part, long whole) {
        return Figure.of(Figure.Kind.PERCENT, whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** An average in working days to one decimal place; no figure when nothing was counted. */
    static Figure average(long sum, long n) {
        return Figure.of(Figure.Kind.WORKING_DAYS, n == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
    }
}
