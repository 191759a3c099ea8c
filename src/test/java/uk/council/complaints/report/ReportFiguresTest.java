package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known cases give known counts in every table, and the CSV says the same, suppressed (both databases). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest {
    @Inject
    ApplicationContext ctx;
    @Inject
    EmbeddedServer server;
    @Inject
    ReportFigures figures;
    List<ReportTable> tables;

    @BeforeAll
    void fixture() {
        ReportFixture.write(ctx);
        tables = figures.tables(ReportFixture.YEAR);
    }

    /** The PostgreSQL schema is shared by every test class: the fixture (with queues the queue page does not know yet) goes. */
    @AfterAll
    void removeFixture() {
        ReportFixture.remove(ctx);
    }

    @Test
    void volumesStagesMethodsPeopleAndServices() {
        expect("A", "COMPLAINT", "count", 7);   // 1 April 00:30 is next year's; 31 March 23:30 is this year's (and refused)
        expect("A", "REFUSED", "count", 1);     // the refused complaint is a row of its own, no stage's (issue 22)
        expect("A", "STAGE2", "count", 1);
        expect("A", "STAGE3", "count", 1);   // a Stage 3 request is a category of its own (issue 22)
        assertEquals(java.util.stream.Stream.concat(java.util.stream.Stream.of(uk.council.complaints.journey.SubmissionKind.values())
                .map(Enum::name), java.util.stream.Stream.of("SIGNPOST", "REFUSED", "total")).toList(), table("A").rows().stream().map(ReportTable.Row::code).toList());
        expect("A", "CALLBACK", "count", 2);
        expect("A", "COMPLIMENT", "count", 1);
        expect("A", "total", "count", 13);
        expect("A-requests", "requests", "count", 2);
        expect("A-requests", "withoutRequests", "count", 11);
        expect("B", "STAGE1", "received", 6);    // the withdrawn complaint was received
        expect("B", "STAGE1", "REFUSED", 1);
        expect("B", "CORPORATE", "REFUSED", 0);
        expect("B", "STAGE1", "escalated", 1);
        expect("B", "STAGE1", "rate", "16.7");
        expect("B", "STAGE2", "escalated", 1);
        expect("B", "STAGE3", "received", 1);
        expect("B", "CORPORATE", "received", 1);
        expect("B-trend", "2015", "STAGE1", 6);
        assertEquals(1, table("B-trend").rows().size(), "only years with data");
        expect("C", "email", "statutory", 2);
        // the young person's complaint by phone, filed by an advocate: "through an advocate" in C, D and K alike (issue 22)
        expect("C", "phone", "statutory", 1);
        expect("C", "advocate", "statutory", 1);
        expect("C", "advocate", "all", 1);
        expect("D", "advocate", "statutory", 1);
        expect("D", "young-person", "statutory", 0);
        expect("C", "email", "corporate", 1);
        expect("C", "email", "all", 6);   // with the Stage 2 request, which came by email (its stage_request), not online (issue 22)
        expect("C", "letter", "statutory", 2);
        expect("C", "total", "all", 13);
        expect("C-requests", "email", "STAGE2", 1);          // how the request for the next stage came
        expect("C-requests", "not-recorded", "STAGE3", 1);   // asked for before it was kept
        expect("C-requests", "total", "total", 2);
        expect("D", "parent", "statutory", 2);
        expect("D", "parent", "total", 3);
        expect("E", "children-in-care", "statutory", 2);
        expect("E", "sen-ehcp", "corporate", 1);
        expect("E", "total", "total", 7);
        expect("E", "adoption", "statutory", 0);  // the refused complaint's service is counted nowhere at Stage 1
    }

    @Test
    void theFixtureYearReconciles() {
        Reconciliation.check(tables);
    }

    /** One definition of "made through an advocate", in the words under each table that counts it (C, D and K). */
    @Test
    void madeThroughAnAdvocateIsDefinedOnceInEachTable() {
        ReportWords words = new ReportWords();
        for (String letter : List.of("C", "D", "K")) {
            assertTrue(words.words("report.table." + letter + ".definition").contains(words.words("report.definition.advocate")), letter);
        }
    }

    @Test
    void issuesOutcomesSoughtAndFindings() {
        List<String> natures = new java.util.ArrayList<>(ctx.getBean(uk.council.complaints.cases.Natures.class).all());
        natures.add("total");
        assertEquals(natures, table("F").rows().stream().map(ReportTable.Row::code).toList(), "a row for every configured nature");
        expect("F", "poor-communication", "statutory", 2);
        expect("F", "quality-of-service", "total", 1);
        expect("F", "total", "total", 9);
        expect("F", "finance", "total", 0);
        expect("F-findings", "quality-of-service", "upheld", 1);
        expect("F-findings", "conduct-of-worker", "not-upheld", 1);
        expect("F-findings", "poor-communication", "partially-upheld", 1);
        expect("F-findings", "total", "total", 9);
        expect("F-findings", "delay", "withdrawn", 1);
        expect("F-findings", "delay", "none", 0);
        expect("G", "apology", "statutory", 1);
        expect("G", "meeting", "corporate", 1);
        expect("H", "partially-upheld", "STAGE1", 1);
        expect("H", "none", "STAGE1", 2);
        expect("H", "withdrawn", "STAGE1", 1);   // withdrawn, not "no finding yet" (issue 21)
        expect("H", "withdrawn", "STAGE3", 1);
        expect("H", "none", "STAGE3", 0);
        expect("H", "upheld", "STAGE2", 1);
        expect("H", "not-upheld", "CORPORATE", 1);
        expect("H-issues", "partially-upheld", "STAGE1", 1);
        expect("H-issues", "upheld", "STAGE1", 2);
        expect("H-issues", "not-upheld", "STAGE1", 2);
        expect("H-issues", "total", "STAGE1", 8);
        expect("H-issues", "withdrawn", "STAGE1", 1);
    }

    @Test
    void timescalesInWorkingDays() {
        expect("I", "STAGE1", "responded", 3);
        expect("I", "STAGE1", "onTime", 2);
        expect("I", "STAGE1", "averageDays", "14.7");  // 5, 14 and 25 working days
        expect("I", "STAGE1", "extended", 1);
        expect("I", "STAGE1", "withdrawn", 1);      // neither responded to nor waiting
        expect("I", "STAGE1", "notResponded", 2);   // the paused one and the call-back's complaint
        expect("I", "STAGE3", "withdrawn", 1);
        expect("I", "STAGE3", "notResponded", 0);
        expect("I", "STAGE2", "averageDays", "22.0");
        expect("I", "CORPORATE", "onTimeRate", "100.0");
        expect("I-quarters", "4", "STAGE1", "0.0");     // January to March: answered late
        expect("I-quarters", "1", "STAGE1", "100.0");
        expect("J", "STAGE1", "withinTarget", 1);
        expect("J", "STAGE1", "withinLimit", 1);
        expect("J", "STAGE1", "overLimit", 1);
        expect("J", "STAGE2", "withinTarget", 1);
        expect("J-limits", "meeting", "onTime", 1);
        expect("J-limits", "report", "late", 1);
        expect("J-limits", "councilResponse", "notYet", 0);
        expect("J-limits", "councilResponse", "withdrawn", 1);   // withdrawn, not "not yet done"
        expect("J-limits", "report", "withdrawn", 0);
    }

    @Test
    void advocacyDecisionsOmbudsmanAndEquality() {
        for (String row : List.of("youngPerson", "offered", "leafletShared", "referred", "takenUp")) {
            expect("K", row, "count", 1);
        }
        expect("K", "requested", "count", 0);
        expect("L", "flaggedOutOfTime", "count", 1);
        expect("L", "out-of-time.accepted", "count", 1);
        expect("L", "out-of-time.not-accepted", "count", 0);
        expect("L", "proceedings.paused", "count", 1);
        expect("L", "paused", "count", 1);
        expect("L", "refused.repeat-complaint", "count", 1);
        expect("M", "cases", "received", 2);
        expect("M", "referredBefore", "received", 0);
        expect("M", "decided", "received", 2);
        expect("M", "investigated", "received", 2);
        expect("M", "fault-injustice", "received", 1);
        expect("M", "fault-no-injustice", "received", 1);
        expect("M", "complied", "received", 1);
        expect("M", "cases", "decided", 1);
        expect("M", "fault-injustice", "decided", 1);
        expect("M", "fault-no-injustice", "decided", 0);
        // decided in the next year on a referral of this one: counted there as a decision, whenever referred
        List<ReportTable> next = figures.tables(ReportPeriod.financialYear(2016));
        expect("M", "cases", "decided", 1, next);
        expect("M", "referredBefore", "decided", 1, next);
        expect("M", "fault-no-injustice", "decided", 1, next);
        expect("M", "cases", "received", 0, next);
        expect("N", "25-34", "count", 3);
        expect("N", "total", "count", 3);
    }

    @Test
    void remediesComplimentsLearningCallbacksAndTheCode() {
        expect("O", "apology-and-explanation", "statutory", 1);
        expect("O", "explanation", "corporate", 1);
        expect("O-findings", "apology-and-explanation", "partially-upheld", 1);
        expect("O-findings", "explanation", "not-upheld", 1);
        expect("O-findings", "explanation", "total", 1);
        expect("O-payments", "amount", "value", "250.00");
        expect("P", "Fostering team", "family", 1);
        expect("Q", "Children in care team", "notImplemented", 1);
        expect("Q", "SEN team", "implemented", 1);
        expect("R", "requested", "count", 2);
        expect("R", "becameComplaints", "count", 1);
        expect("R", "closedWithout", "count", 1);
        expect("R", "conversionRate", "count", "50.0");
        expect("CORP", "CORPORATE.received", "value", 1);
        expect("CORP", "CORPORATE.onTimeRate", "value", "100.0");
        expect("CORP", "learningDone", "value", 1);
        expect("A", "COMPLAINT", "count", 1, figures.tables(ReportPeriod.financialYear(2016)));
    }

    @Test
    void theCsvSaysTheSameSuppressedAndEveryDownloadIsAudited() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String path = "/staff/reports/annual.csv?from=2015-04-01&to=2016-03-31";
        long before = new Rows(ctx).count("select count(*) from report_access where period_from = ?", ReportFixture.YEAR.from());
        FormClient.Page page = manager.get(path);
        assertEquals(200, page.status());
        List<String> lines = Arrays.asList(page.body().split("\r\n"));
        assertEquals("table,row,column,value", lines.get(0));
        assertTrue(lines.contains("A,Complaint,Number,7"), lines.toString());
        assertTrue(lines.contains("A,Stage 2 request,Number,fewer than 5"));
        assertTrue(lines.contains("N,25 to 34,Number,fewer than 5"), lines.toString());
        assertTrue(lines.contains("N,Total,Number,fewer than 5"));
        assertFalse(lines.stream().anyMatch(l -> l.endsWith(",3") || l.endsWith(",1") || l.endsWith(",2") || l.endsWith(",4")),
                "no count of 1 to 4 leaves the team");
        long cells = Suppression.apply(tables).stream().mapToLong(t -> (long) t.rows().size() * t.columns().size()).sum();
        assertEquals(cells + 1, lines.size());
        assertEquals(before + 1, new Rows(ctx).count("select count(*) from report_access where period_from = ?", ReportFixture.YEAR.from()));
        assertEquals(403, StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER).get(path).status());
        FormClient.Page bad = manager.get("/staff/reports/annual.csv?from=2015-13-01&to=2016-03-31");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("YYYY-MM-DD"), bad.body());
        assertEquals(400, manager.get("/staff/reports/annual.csv?from=2016-04-01&to=2015-03-31").status());
    }

    /**
     * Every cell of every table, value and label: the page without suppression and the CSV against the figures and
     * the bundle's words worked out in the test; the published page against the CSV; the spreadsheet and the PDF
     * against the published page. Rows named by data keep their values everywhere (issue 22, Found 2).
     */
    @Test
    void thePagePdfSpreadsheetAndCsvSayWhatTheCasesSayCellByCell() throws Exception {
        FormClient manager = StaffFixtures.signIn(server.getURI(), ReportHttpTest.manager(ctx).email());
        String q = "from=2015-04-01&to=2016-03-31";
        ReportOutputs outputs = new ReportOutputs(tables);
        outputs.pageAsTheTruth(manager.get("/staff/reports?" + q).html());
        String csvBody = manager.get("/staff/reports/annual.csv?" + q).body();
        List<String[]> csv = outputs.csvAsTheTruth(csvBody);
        List<String> lines = Arrays.asList(csvBody.split("\r\n"));
        assertTrue(lines.contains("B-trend,April 2015 to March 2016,Statutory Stage 1,6"));
        assertTrue(lines.contains("P,Fostering team,Family,fewer than 5"));
        assertTrue(lines.contains("Q,SEN team,Implemented,fewer than 5"));
        List<List<List<String>>> published = outputs.pageAsTheCsv(manager.get("/staff/reports?" + q + "&publication=yes").html(), csv);
        outputs.sheetsAsThePage(ReportDownloadsClient.sheets(ReportDownloadsClient.get(server.getURI(), manager,
                "/staff/reports/annual.xlsx?" + q).body()), published);
        outputs.pdfAsThePage(ReportDownloadsClient.pdfText(ReportDownloadsClient.get(server.getURI(), manager,
                "/staff/reports/annual.pdf?" + q).body()), published);
        long cells = tables.stream().mapToLong(t -> (long) t.rows().size() * t.columns().size()).sum();
        assertEquals(cells, outputs.cellsCompared(), "every cell of every table was compared");
    }

    private void expect(String letter, String row, String column, Object value) {
        expect(letter, row, column, value, tables);
    }

    private void expect(String letter, String row, String column, Object value, List<ReportTable> in) {
        ReportTable t = in.stream().filter(x -> x.letter().equals(letter)).findFirst().orElseThrow();
        int c = t.columns().stream().map(ReportTable.Column::code).toList().indexOf(column);
        ReportTable.Row r = t.rows().stream().filter(x -> x.code().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError(letter + " has no row " + row + ": " + t.rows()));
        BigDecimal actual = r.figures().get(c).value();
        assertEquals(new BigDecimal(value.toString()), actual, letter + " " + row + " " + column);
    }

    private ReportTable table(String letter) {
        return tables.stream().filter(x -> x.letter().equals(letter)).findFirst().orElseThrow();
    }
}
