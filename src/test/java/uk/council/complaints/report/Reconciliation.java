package uk.council.complaints.report;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A year's tables reconcile (issue 22): every published total is the sum of what it totals; a figure that appears
 * in two tables is the same there, or differs by a row of its own; on time is never more than responded.
 */
final class Reconciliation {
    private static final List<String> STAGES = List.of("STAGE1", "STAGE2", "STAGE3", "CORPORATE", "CORPORATE_STAGE2");
    private final List<ReportTable> year;

    private Reconciliation(List<ReportTable> year) {
        this.year = year;
    }

    static void check(List<ReportTable> year) {
        Reconciliation r = new Reconciliation(year);
        year.forEach(r::totals);
        r.sharedFigures();
    }

    /** Each count column adds up to its total row, each row to its total column. */
    private void totals(ReportTable t) {
        List<String> rows = t.rows().stream().map(ReportTable.Row::code).toList();
        List<String> cols = t.columns().stream().map(ReportTable.Column::code).toList();
        int tr = rows.indexOf(ReportTable.TOTAL);
        int tc = cols.indexOf(ReportTable.TOTAL);
        for (int c = 0; tr >= 0 && c < cols.size(); c++) {
            long sum = 0;
            for (int r = 0; r < rows.size(); r++) {
                sum += r == tr ? 0 : value(t.rows().get(r).figures().get(c));
            }
            assertEquals(value(t.rows().get(tr).figures().get(c)), sum, t.letter() + " column " + cols.get(c));
        }
        for (int r = 0; tc >= 0 && r < rows.size(); r++) {
            long sum = 0;
            for (int c = 0; c < cols.size(); c++) {
                sum += c == tc ? 0 : value(t.rows().get(r).figures().get(c));
            }
            assertEquals(value(t.rows().get(r).figures().get(tc)), sum, t.letter() + " row " + rows.get(r));
        }
    }

    private void sharedFigures() {
        long stage1 = v("B", "STAGE1", "received");
        long corporate = v("B", "CORPORATE", "received");
        // A's complaints are B's first stages; what triage signposted is A's row of its own
        assertEquals(stage1 + corporate, v("A", "COMPLAINT", "count"), "A complaints = B Stage 1 + corporate");
        for (String later : List.of("STAGE2", "STAGE3", "CORPORATE_STAGE2")) {
            assertEquals(v("B", later, "received"), v("A", later, "count"), "A and B: " + later);
        }
        assertEquals(v("A", "total", "count"), v("A-requests", "total", "count"), "A with and without requests: A's total");
        assertEquals(v("A", "total", "count"), v("C", "total", "all"), "C's all representations are A's");
        assertEquals(v("A", "ENQUIRY", "count"), v("A-enquiries", "total", "count"), "A-enquiries: every enquiry of A, by kind");
        long refused = STAGES.stream().mapToLong(s -> v("B", s, "REFUSED")).sum();
        assertEquals(v("A", "REFUSED", "count"), refused, "A's refused row = B's refused column");
        assertEquals(refused, sum("L", "refused."), "A's refused row = L's refusals by reason");
        assertEquals(v("A", "STAGE2", "count") + v("A", "STAGE3", "count") + v("A", "CORPORATE_STAGE2", "count"),
                v("A-requests", "requests", "count"), "the requests are A's");
        for (String letter : List.of("C", "D", "E")) {
            assertEquals(stage1, v(letter, "total", "statutory"), letter + " statutory = B Stage 1");
            assertEquals(corporate, v(letter, "total", "corporate"), letter + " corporate = B corporate Stage 1");
        }
        // one definition of "made through an advocate": the same representations in C, D and K
        assertEquals(v("K", "takenUp", "count"), v("C", "advocate", "all"), "K's made through an advocate = C's, every type");
        for (String scope : List.of("statutory", "corporate")) {
            assertEquals(v("C", "advocate", scope), v("D", "advocate", scope), "C's and D's through an advocate: " + scope);
        }
        assertTrue(v("C-requests", "advocate", "total") <= v("C", "advocate", "all"), "C-requests' advocates are among C's");
        assertEquals(v("F", "total", "total"), v("F-findings", "total", "total"), "findings by nature: every issue of F");
        ReportTable o = year.stream().filter(x -> x.letter().equals("O")).findFirst().orElseThrow();
        for (ReportTable.Row row : o.rows()) {
            assertEquals(v("O", row.code(), "total"), v("O-findings", row.code(), "total"), "outcomes by finding: every remedy of O");
        }
        for (String stage : STAGES) {
            assertEquals(v("B", stage, "received"), v("H", "total", stage), "H counts every complaint of B: " + stage);
            long responded = v("I", stage, "responded");
            // H and I by the same response: findings (and "answered, no finding recorded") are I's responded
            long found = sum("H", stage, List.of("upheld", "partially-upheld", "not-upheld", "no-finding", "not-investigated",
                    ReportSql.NO_FINDING_RECORDED));
            assertEquals(responded, found, "H's findings = I's responded: " + stage);
            assertEquals(v("I", stage, "withdrawn"), v("H", "withdrawn", stage), "H's withdrawn = I's withdrawn: " + stage);
            assertEquals(v("I", stage, "notResponded"), v("H", "none", stage), "H's no finding yet = I's not responded: " + stage);
            assertEquals(v("B", stage, "received"), responded + v("I", stage, "withdrawn") + v("I", stage, "notResponded"),
                    "I: received = responded + withdrawn + not responded yet: " + stage);
            assertTrue(v("I", stage, "onTime") <= responded, "on time <= responded: " + stage);
            assertTrue(responded <= v("B", stage, "received"), "responded <= received: " + stage);
            if (List.of("STAGE2", "STAGE3", "CORPORATE_STAGE2").contains(stage)) {
                assertEquals(v("B", stage, "received"), v("C-requests", "total", stage), "C-requests: every request of B, " + stage);
            }
            if (!stage.equals("STAGE3")) {
                assertEquals(responded, v("J", stage, "total"), "J banded every response of I: " + stage);
                assertTrue(v("J", stage, "withinLimit") <= v("I", stage, "extended"), "within the extended limit only if extended: " + stage);
            }
        }
        // every panel once in each step's row: on time, late, withdrawn before it, or not yet done
        for (String step : List.of("report", "councilResponse")) {
            assertEquals(panels("meeting"), panels(step), "J-limits: every panel in each step's row: " + step);
        }
        for (String column : List.of("received", "decided")) {
            assertEquals(v("M", "investigated", column), v("M", "fault-injustice", column) + v("M", "fault-no-injustice", column)
                    + v("M", "no-fault", column) + v("M", "faultNotRecorded", column), "M: every investigation's finding, " + column);
            assertEquals(v("M", "decided", column), v("M", "not-for-us", column) + v("M", "assessed-closed", column)
                    + v("M", "investigated", column), "M: every decision, " + column);
        }
        assertEquals(v("M", "cases", "decided"), v("M", "decided", "decided"), "M: every decision made in the period is decided");
    }

    /** The first column of a table's rows whose code starts with {@code prefix}. */
    private long sum(String letter, String prefix) {
        ReportTable t = year.stream().filter(x -> x.letter().equals(letter)).findFirst().orElseThrow();
        return t.rows().stream().filter(r -> r.code().startsWith(prefix)).mapToLong(r -> value(r.figures().get(0))).sum();
    }

    private long sum(String letter, String column, List<String> rows) {
        return rows.stream().mapToLong(r -> v(letter, r, column)).sum();
    }

    private long panels(String step) {
        return v("J-limits", step, "onTime") + v("J-limits", step, "late") + v("J-limits", step, "withdrawn") + v("J-limits", step, "notYet");
    }

    private long v(String letter, String row, String column) {
        ReportTable t = year.stream().filter(x -> x.letter().equals(letter)).findFirst().orElseThrow();
        int c = t.columns().stream().map(ReportTable.Column::code).toList().indexOf(column);
        return value(t.rows().stream().filter(r -> r.code().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError(letter + " has no row " + row)).figures().get(c));
    }

    private static long value(Figure f) {
        return f.kind() == Figure.Kind.COUNT && f.value() != null ? f.value().longValue() : 0;
    }
}
