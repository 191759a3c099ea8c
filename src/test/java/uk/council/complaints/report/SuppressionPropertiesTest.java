package uk.council.complaints.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Suppression by property, over random tables with and without total rows and columns: the primary marker is only
 * ever on a count from 1 to 4, every such count is hidden, and no hidden count follows from the published counts and
 * totals. "Follows" is decided here by linear algebra, independently of {@link ComplementaryCells}' graph: a hidden
 * cell can be worked out exactly when its unit vector lies in the row space of the tables' sum equations restricted
 * to the hidden cells (exact rank over the integers).
 */
class SuppressionPropertiesTest {

    @Property(tries = 400)
    void theSmallMarkerIsOnlyEverOnACountFrom1To4AndEverySuchCountIsHidden(@ForAll("tables") ReportTable table) {
        for (ReportTable.Row r : Suppression.apply(table).rows()) {
            for (Figure f : r.figures()) {
                int v = f.value().intValue();
                assertEquals(v >= 1 && v <= 4, f.hidden() == Figure.Hidden.SMALL, r.code() + " " + v + " " + f.hidden());
                assertTrue(f.hidden() != Figure.Hidden.WITHHELD, "a count is never merely withheld");
            }
        }
    }

    @Property(tries = 400)
    void noHiddenCountCanBeWorkedOutFromThePublishedTotals(@ForAll("tables") ReportTable table) {
        ReportTable t = Suppression.apply(table);
        List<int[]> hidden = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                if (t.rows().get(r).figures().get(c).suppressed()) {
                    hidden.add(new int[] {r, c});
                }
            }
        }
        List<BigInteger[]> equations = equations(t, hidden);
        int rank = rank(equations);
        for (int i = 0; i < hidden.size(); i++) {
            List<BigInteger[]> with = new ArrayList<>(equations);
            BigInteger[] unit = zeros(hidden.size());
            unit[i] = BigInteger.ONE;
            with.add(unit);
            assertFalse(rank(with) == rank, () -> "a hidden cell can be worked out in " + t.rows());
        }
    }

    /** Each published total equals the sum of its row or column; the coefficients of the hidden cells. */
    static List<BigInteger[]> equations(ReportTable t, List<int[]> hidden) {
        List<String> rows = t.rows().stream().map(ReportTable.Row::code).toList();
        List<String> cols = t.columns().stream().map(ReportTable.Column::code).toList();
        int tr = rows.indexOf(ReportTable.TOTAL);
        int tc = cols.indexOf(ReportTable.TOTAL);
        List<BigInteger[]> out = new ArrayList<>();
        for (int c = 0; tr >= 0 && c < cols.size(); c++) {
            int col = c;
            out.add(coefficients(hidden, cell -> cell[1] == col ? (cell[0] == tr ? -1 : 1) : 0));
        }
        for (int r = 0; tc >= 0 && r < rows.size(); r++) {
            int row = r;
            out.add(coefficients(hidden, cell -> cell[0] == row ? (cell[1] == tc ? -1 : 1) : 0));
        }
        return out;
    }

    private static BigInteger[] coefficients(List<int[]> hidden, java.util.function.ToIntFunction<int[]> of) {
        BigInteger[] row = zeros(hidden.size());
        for (int i = 0; i < hidden.size(); i++) {
            row[i] = BigInteger.valueOf(of.applyAsInt(hidden.get(i)));
        }
        return row;
    }

    private static BigInteger[] zeros(int n) {
        BigInteger[] row = new BigInteger[n];
        java.util.Arrays.fill(row, BigInteger.ZERO);
        return row;
    }

    /** Rank by fraction-free Gaussian elimination (exact). */
    static int rank(List<BigInteger[]> input) {
        List<BigInteger[]> m = new ArrayList<>(input.stream().map(BigInteger[]::clone).toList());
        int rank = 0;
        int cols = m.isEmpty() ? 0 : m.get(0).length;
        for (int c = 0; c < cols && rank < m.size(); c++) {
            int pivot = -1;
            for (int r = rank; r < m.size() && pivot < 0; r++) {
                pivot = m.get(r)[c].signum() != 0 ? r : -1;
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] p = m.get(pivot);
            m.set(pivot, m.get(rank));
            m.set(rank, p);
            for (int r = rank + 1; r < m.size(); r++) {
                BigInteger[] row = m.get(r);
                BigInteger factor = row[c];
                for (int k = 0; k < cols; k++) {
                    row[k] = row[k].multiply(p[c]).subtract(p[k].multiply(factor));
                }
            }
            rank++;
        }
        return rank;
    }

    @Provide
    Arbitrary<ReportTable> tables() {
        Arbitrary<Integer> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 4)),
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(5, 60)));
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 4),
                Arbitraries.of(true, false), Arbitraries.of(true, false))
                .flatAs((rows, cols, totalRow, totalColumn) -> value.list().ofSize(rows * cols)
                        .map(values -> table(rows, cols, values, totalRow, totalColumn)));
    }

    static ReportTable table(int rows, int cols, List<Integer> values, boolean totalRow, boolean totalColumn) {
        TableGrid grid = TableGrid.of("X", ReportTable.Chart.NONE);
        for (int c = 0; c < cols; c++) {
            grid.column("c" + c, "k");
        }
        for (int r = 0; r < rows; r++) {
            grid.row("r" + r, "k");
            for (int c = 0; c < cols; c++) {
                grid.add("r" + r, "c" + c, values.get(r * cols + c));
            }
        }
        if (totalColumn) {
            grid.totalColumn();
        }
        if (totalRow) {
            grid.totalRow();
        }
        return grid.build();
    }
}
