package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.support.FormClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21 and 22: the report's "enquiries by kind" counts table A's enquiries apart (pre-complaint, ad hoc, Ombudsman
 * enquiry, kind not recorded), from cases written here in financial year 2011 (which no other test writes), against
 * counts worked out by hand; its rows add up to table A's enquiries, and the page, CSV, spreadsheet and PDF say the same.
 */
@MicronautTest(transactional = false)
// The four outputs of a whole year on a shared, loaded machine: no statement or request limit (ADR 0024 tests them).
@Property(name = "portal.database.statement-timeout", value = "0s")
@Property(name = "portal.database.request-deadline", value = "0s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnquiryKindsReportTest {
    private static final ReportPeriod YEAR = ReportPeriod.financialYear(2011);
    @Inject
    ApplicationContext ctx;
    @Inject
    EmbeddedServer server;
    @Inject
    ReportFigures figures;

    @BeforeAll
    void cases() {
        LocalDate on = LocalDate.of(2011, 6, 6);
        enquiries(6, "pre-complaint", on);
        enquiries(5, "ad-hoc", on.plusDays(1));
        enquiries(2, "ombudsman", on.plusDays(2));
        enquiries(1, null, on.plusDays(3));            // recorded before the kind was asked
        Rows rows = new Rows(ctx);
        // an enquiry a manager re-triaged as signposted is A's signposted row, not an enquiry; a complaint is no enquiry
        long signposted = rows.representation("ENQUIRY", "SIGNPOST", on, at(on), "phone", null, null, null);
        rows.update("update complaint_case set enquiry_kind = 'ad-hoc' where id = ?", signposted);
        rows.representation("COMPLAINT", "STAGE1", on, at(on), "phone", "parent", "fostering", on.plusDays(14));
        // received the day after the year ends: next year's
        enquiries(1, "ombudsman", LocalDate.of(2012, 4, 1));
    }

    @AfterAll
    void remove() {
        new Rows(ctx).update("delete from complaint_case where received_on between ? and ?", YEAR.from(), YEAR.to().plusDays(1));
    }

    @Test
    void eachKindIsCountedApartAndTheKindsAddUpToTableAsEnquiries() {
        List<ReportTable> tables = figures.tables(YEAR);
        ReportTable kinds = tables.stream().filter(t -> t.letter().equals("A-enquiries")).findFirst().orElseThrow();
        assertEquals(List.of("pre-complaint", "ad-hoc", "ombudsman", "not-recorded", "total"),
                kinds.rows().stream().map(ReportTable.Row::code).toList());
        assertEquals(List.of(6L, 5L, 2L, 1L, 14L), kinds.rows().stream().map(r -> r.figures().get(0).value().longValue()).toList());
        ReportTable a = tables.stream().filter(t -> t.letter().equals("A")).findFirst().orElseThrow();
        assertEquals(14L, count(a, "ENQUIRY"), "table A's enquiries");
        assertEquals(1L, count(a, "SIGNPOST"));
        assertEquals(1L, count(a, "COMPLAINT"));
        Reconciliation.check(tables);
    }

    @Test
    void thePageCsvSpreadsheetAndPdfGiveEveryKind() throws Exception {
        List<ReportTable> tables = figures.tables(YEAR);
        FormClient manager = StaffFixtures.signIn(server.getURI(), ReportHttpTest.manager(ctx).email());
        String q = "from=2011-04-01&to=2012-03-31";
        ReportOutputs outputs = new ReportOutputs(tables);
        outputs.pageAsTheTruth(manager.get("/staff/reports?" + q).html());
        String csvBody = manager.get("/staff/reports/annual.csv?" + q).body();
        List<String[]> csv = outputs.csvAsTheTruth(csvBody);
        List<String> lines = Arrays.asList(csvBody.split("\r\n"));
        assertTrue(lines.contains("A-enquiries,Pre-complaint (resolved before a formal complaint),Number,6"), lines.toString());
        assertTrue(lines.contains("A-enquiries,Ad hoc enquiry,Number,5"));
        assertTrue(lines.contains("A-enquiries,Total,Number,14"));
        List<List<List<String>>> published = outputs.pageAsTheCsv(manager.get("/staff/reports?" + q + "&publication=yes").html(), csv);
        outputs.sheetsAsThePage(ReportDownloadsClient.sheets(ReportDownloadsClient.get(server.getURI(), manager,
                "/staff/reports/annual.xlsx?" + q).body()), published);
        outputs.pdfAsThePage(ReportDownloadsClient.pdfText(ReportDownloadsClient.get(server.getURI(), manager,
                "/staff/reports/annual.pdf?" + q).body()), published);
    }

    private void enquiries(int n, String kind, LocalDate on) {
        Rows rows = new Rows(ctx);
        for (int i = 0; i < n; i++) {
            long id = rows.representation("ENQUIRY", "COMPLIMENTS", on, at(on), "phone", null, null, null);
            if (kind != null) {
                rows.update("update complaint_case set enquiry_kind = ? where id = ?", kind, id);
            }
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
    }

    private static long count(ReportTable t, String row) {
        return t.rows().stream().filter(r -> r.code().equals(row)).findFirst().orElseThrow().figures().get(0).value().longValue();
    }
}
