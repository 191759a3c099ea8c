package uk.council.complaints.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Small numbers in anything that leaves the team (DESIGN section 7: "no individual identifiable").
 * <ol>
 * <li>Primary: a count from 1 to 4 is suppressed (shown as "fewer than 5"). 0 is shown: it identifies nobody.</li>
 * <li>Secondary, so totals cannot give it back: the cells a published total adds up form a group (each
 *     column, without its total, when the table has a row coded {@value ReportTable#TOTAL}; each row, without
 *     its total, when it has such a column; the total row and column are groups too). When exactly one cell of a group is suppressed, the smallest
 *     positive count left in the group is suppressed too. Repeated until nothing changes, since a cell
 *     suppressed for its column can leave its row with one.</li>
 * <li>Derived: a percentage or average in a row with a suppressed count is withheld too (a rate over a
 *     published denominator gives the numerator back); in a table of one column, where a rate has a row of
 *     its own just below its numerator's row, the rate is withheld when that row's count is.</li>
 * </ol>
 * Money is never suppressed (a payment total is not a count of people).
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
                f[r][c] = isCount(x) && x.value().signum() > 0 && x.value().compareTo(FIVE) < 0 ? x.suppress() : x;
            }
        }
        boolean totalRow = table.rows().stream().anyMatch(r -> ReportTable.TOTAL.equals(r.code()));
        boolean totalColumn = table.columns().stream().anyMatch(c -> ReportTable.TOTAL.equals(c.code()));
        boolean[] totalRows = new boolean[rows];
        boolean[] totalColumns = new boolean[cols];
        for (int r = 0; r < rows; r++) {
            totalRows[r] = ReportTable.TOTAL.equals(table.rows().get(r).code());
        }
        for (int c = 0; c < cols; c++) {
            totalColumns[c] = ReportTable.TOTAL.equals(table.columns().get(c).code());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; totalRow && c < cols; c++) {
                changed |= protect(f, totalRows, c, true);
            }
            for (int r = 0; totalColumn && r < rows; r++) {
                changed |= protect(f, totalColumns, r, false);
            }
        }
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
                    f[r][c] = x.suppress();
                }
            }
            ReportTable.Row row = table.rows().get(r);
            out.add(new ReportTable.Row(row.code(), row.labelKey(), row.labelArgs(), List.of(f[r])));
        }
        return new ReportTable(table.letter(), table.columns(), out, table.chart());
    }

    /** One group (a column when {@code down}, else a row): if exactly one count is suppressed, suppress the smallest other. */
    private static boolean protect(Figure[][] f, boolean[] totals, int fixed, boolean down) {
        int suppressed = 0;
        int smallest = -1;
        for (int k = 0; k < totals.length; k++) {
            if (totals[k]) {
                continue;
            }
            Figure x = down ? f[k][fixed] : f[fixed][k];
            if (!isCount(x)) {
                continue;
            }
            if (x.suppressed()) {
                suppressed++;
            } else if (x.value().signum() > 0 && (smallest < 0 || x.value().compareTo(value(f, smallest, fixed, down)) < 0)) {
                smallest = k;
            }
        }
        if (suppressed != 1 || smallest < 0) {
            return false;
        }
        if (down) {
            f[smallest][fixed] = f[smallest][fixed].suppress();
        } else {
            f[fixed][smallest] = f[fixed][smallest].suppress();
        }
        return true;
    }

    private static BigDecimal value(Figure[][] f, int k, int fixed, boolean down) {
        return (down ? f[k][fixed] : f[fixed][k]).value();
    }

    private static boolean isCount(Figure x) {
        return x.kind() == Figure.Kind.COUNT && x.value() != null;
    }
}
