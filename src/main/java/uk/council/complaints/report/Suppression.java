package uk.council.complaints.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Small numbers in anything that leaves the team (DESIGN section 7: "no individual identifiable"), as official
 * statistics do it (docs/adr/0023-report-figures-published-as-they-come.md). One function for every output:
 * <ol>
 * <li>Primary: a count from 1 to 4 is hidden as {@link Figure.Hidden#SMALL} ("fewer than 5"). 0 is shown: it
 *     identifies nobody.</li>
 * <li>Complementary: so that no published total gives a hidden count back, more counts are hidden as
 *     {@link Figure.Hidden#COMPLEMENTARY} ("[c]"), the fewest and smallest that do it ({@link ComplementaryCells}).</li>
 * <li>Derived: a percentage or average in a row with a hidden count is {@link Figure.Hidden#WITHHELD} (a rate over
 *     a published denominator gives the numerator back); in a table of one column, where a rate has a row of its
 *     own just below its numerator's row, the rate is withheld when that row's count is hidden.</li>
 * </ol>
 * Money is never hidden (a payment total is not a count of people).
 */
public final class Suppression {
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private Suppression() {
    }

    public static List<ReportTable> apply(List<ReportTable> tables) {
        return tables.stream().map(Suppression::apply).toList();
    }

    public static ReportTable apply(ReportTable table) {
        int rows = table.rows().size();
        int cols = table.columns().size();
        Figure[][] f = new Figure[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                Figure x = table.rows().get(r).figures().get(c);
                boolean small = isCount(x) && x.value().signum() > 0 && x.value().compareTo(FIVE) < 0;
                f[r][c] = small ? x.hide(Figure.Hidden.SMALL) : x;
            }
        }
        boolean[] totalRows = new boolean[rows];
        boolean[] totalColumns = new boolean[cols];
        for (int r = 0; r < rows; r++) {
            totalRows[r] = ReportTable.TOTAL.equals(table.rows().get(r).code());
        }
        for (int c = 0; c < cols; c++) {
            totalColumns[c] = ReportTable.TOTAL.equals(table.columns().get(c).code());
        }
        new ComplementaryCells(f, totalRows, totalColumns).protect();
        List<ReportTable.Row> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            boolean rowSuppressed = false;
            for (Figure x : f[r]) {
                rowSuppressed |= isCount(x) && x.suppressed();
            }
            for (int c = 0; c < cols; c++) {
                Figure x = f[r][c];
                boolean derived = x.kind() == Figure.Kind.PERCENT || x.kind() == Figure.Kind.WORKING_DAYS;
                boolean aboveSuppressed = cols == 1 && r > 0 && isCount(f[r - 1][0]) && f[r - 1][0].suppressed();
                if (derived && x.value() != null && (rowSuppressed || aboveSuppressed)) {
                    f[r][c] = x.hide(Figure.Hidden.WITHHELD);
                }
            }
            ReportTable.Row row = table.rows().get(r);
            out.add(new ReportTable.Row(row.code(), row.labelKey(), row.labelArgs(), List.of(f[r])));
        }
        return new ReportTable(table.letter(), table.columns(), out, table.chart());
    }

    static boolean isCount(Figure x) {
        return x.kind() == Figure.Kind.COUNT && x.value() != null;
    }
}
