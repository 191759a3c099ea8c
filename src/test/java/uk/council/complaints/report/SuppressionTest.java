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
        assertTrue(t.rows().get(0).figures().get(2).suppressed());
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

    private static long cellsShowing(ReportTable t, int n) {
        return t.rows().stream().flatMap(r -> r.figures().stream())
                .filter(f -> !f.suppressed() && f.value() != null && f.value().intValue() == n).count();
    }
}
