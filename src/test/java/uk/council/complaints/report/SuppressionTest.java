package uk.council.complaints.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressionTest {

    @Test
    void aCountFrom1To4IsSuppressedAndTheNextSmallestTooSoTheTotalCannotGiveItBack() {
        TableGrid grid = TableGrid.of("X", ReportTable.Chart.BAR).column("count", "k").rows(List.of("a", "b", "c", "d"), "k.");
        grid.add("a", "count", 3).add("b", "count", 10).add("c", "count", 0).add("d", "count", 7);
        ReportTable t = Suppression.apply(grid.totalRow().build());
        assertEquals(List.of(true, false, false, true, false), suppressed(t, 0));
        assertEquals(20, t.rows().get(4).figures().get(0).value().intValue());
    }

    /**
     * The shapes of the issue's "Found 1" (the second year's figures beside a small count): the only other count of
     * its column is hidden so the total cannot give the small one away, marked "[c]", never "fewer than 5".
     */
    @Test
    void aCountHiddenForATotalIsMarkedComplementaryNotFewerThan5() {
        for (int[] shape : new int[][] {{26, 2}, {12, 3}, {41, 1}, {32, 4}}) {
            TableGrid grid = TableGrid.of("D", ReportTable.Chart.BAR).column("statutory", "k").rows(List.of("parent", "other", "none"), "k.");
            grid.add("parent", "statutory", shape[0]).add("other", "statutory", shape[1]).add("none", "statutory", 0);
            ReportTable t = Suppression.apply(grid.totalRow().build());
            assertEquals(Figure.Hidden.COMPLEMENTARY, t.rows().get(0).figures().get(0).hidden(), "the " + shape[0]);
            assertEquals(Figure.Hidden.SMALL, t.rows().get(1).figures().get(0).hidden());
            assertEquals(Figure.Hidden.NONE, t.rows().get(2).figures().get(0).hidden(), "a 0 is shown");
            assertEquals(Figure.Hidden.NONE, t.rows().get(3).figures().get(0).hidden(), "the total is shown");
        }
    }

    /** Fewest cells: with a total column too, one more cell closes the loop rather than a whole row and column. */
    @Test
    void theFewestThenSmallestCellsAreHidden() {
        TableGrid grid = TableGrid.of("X", ReportTable.Chart.NONE).column("s", "k").column("c", "k").column("x", "k")
                .rows(List.of("a", "b", "d"), "k.");
        grid.add("a", "s", 2).add("a", "c", 9).add("a", "x", 30).add("b", "s", 7).add("b", "c", 6).add("b", "x", 50)
                .add("d", "s", 20).add("d", "c", 20).add("d", "x", 20);
        ReportTable t = Suppression.apply(grid.totalColumn().totalRow().build());
        // 2 is small; the cheapest loop through it is a/c (9), b/c (6), b/s (7): three cells, the smallest three.
        assertEquals(List.of(Figure.Hidden.SMALL, Figure.Hidden.COMPLEMENTARY, Figure.Hidden.NONE, Figure.Hidden.NONE), hidden(t, 0));
        assertEquals(List.of(Figure.Hidden.COMPLEMENTARY, Figure.Hidden.COMPLEMENTARY, Figure.Hidden.NONE, Figure.Hidden.NONE), hidden(t, 1));
        assertEquals(4, t.rows().stream().flatMap(r -> r.figures().stream()).filter(Figure::suppressed).count());
    }

    @Test
    void noSecondCellWhenTwoAreAlreadySuppressedAndNoneWithoutAPublishedTotal() {
        TableGrid grid = TableGrid.of("X", ReportTable.Chart.BAR).column("count", "k").rows(List.of("a", "b", "c"), "k.");
        grid.add("a", "count", 1).add("b", "count", 2).add("c", "count", 30);
        assertEquals(List.of(true, true, false, false), suppressed(Suppression.apply(grid.totalRow().build()), 0));
        TableGrid noTotal = TableGrid.of("X", ReportTable.Chart.BAR).column("count", "k").rows(List.of("a", "b"), "k.");
        noTotal.add("a", "count", 4).add("b", "count", 9);
        assertEquals(List.of(true, false), suppressed(Suppression.apply(noTotal.build()), 0));
    }

    @Test
    void rowsAndColumnsWithTotalsAreProtectedTogether() {
        TableGrid grid = TableGrid.of("X", ReportTable.Chart.BAR).column("s", "k").column("c", "k").rows(List.of("a", "b"), "k.");
        grid.add("a", "s", 3).add("a", "c", 20).add("b", "s", 12).add("b", "c", 40);
        ReportTable t = Suppression.apply(grid.totalColumn().totalRow().build());
        // a/s (3) primary; its column then loses b/s (12); its row loses a/c (20); then b/c (40) for column c and row b.
        assertEquals(List.of(true, true, false), suppressed(t, 0));
        assertEquals(List.of(true, true, false), suppressed(t, 1));
        assertFalse(t.rows().get(2).figures().get(2).suppressed(), "the grand total stays");
        assertEquals(0, cellsShowing(t, 3));
    }

    @Test
    void aRateOverAPublishedDenominatorIsWithheldWithItsCount() {
        TableGrid grid = TableGrid.of("B", ReportTable.Chart.BAR).column("received", "k").column("escalated", "k").column("rate", "k")
                .rows(List.of("s1", "s2"), "k.");
        grid.add("s1", "received", 40).add("s1", "escalated", 3).put("s1", "rate", TableGrid.percent(3, 40));
        grid.add("s2", "received", 40).add("s2", "escalated", 8).put("s2", "rate", TableGrid.percent(8, 40));
        ReportTable t = Suppression.apply(grid.build());
        assertEquals(Figure.Hidden.WITHHELD, t.rows().get(0).figures().get(2).hidden());
        assertFalse(t.rows().get(1).figures().get(2).suppressed());
        assertFalse(t.rows().get(0).figures().get(0).suppressed(), "40 is published");
    }

    @Test
    void inAOneColumnTableARateIsWithheldWithTheCountJustAboveIt() {
        TableGrid grid = TableGrid.of("R", ReportTable.Chart.BAR).column("count", "k").rows(List.of("asked", "became", "rate", "other", "left"), "k.");
        grid.add("asked", "count", 40).add("became", "count", 3).put("rate", "count", TableGrid.percent(3, 40)).add("left", "count", 2)
                .put("other", "count", TableGrid.percent(9, 40));
        ReportTable t = Suppression.apply(grid.build());
        assertEquals(List.of(false, true, true, false, true), suppressed(t, 0));
    }

    private static List<Boolean> suppressed(ReportTable t, int column) {
        List<Boolean> out = new ArrayList<>();
        t.rows().forEach(r -> out.add(r.figures().get(column).suppressed()));
        return out;
    }

    private static List<Figure.Hidden> hidden(ReportTable t, int column) {
        return t.rows().stream().map(r -> r.figures().get(column).hidden()).toList();
    }

    private static long cellsShowing(ReportTable t, int n) {
        return t.rows().stream().flatMap(r -> r.figures().stream())
                .filter(f -> !f.suppressed() && f.value() != null && f.value().intValue() == n).count();
    }
}
