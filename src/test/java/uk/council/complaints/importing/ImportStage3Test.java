package uk.council.complaints.importing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.cases.ImportedCase;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.report.ReportFigures;
import uk.council.complaints.report.ReportPeriod;
import uk.council.complaints.report.ReportTable;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25: the template's Stage 3 and out-of-time columns. A complaint of 2021 taken to Stage 3 is imported as three
 * cases with the panel's meeting, report and the council's response on the record and in the 2021-22 report; each
 * step meets the case page's checks (a meeting before the request is refused under its column); a Stage 3 without a
 * Stage 2, and a response to a complaint refused as out of time, are refused. No other test imports cases of 2021.
 */
@MicronautTest(transactional = false)
class ImportStage3Test {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void aComplaintTakenToAReviewPanelIsImportedWithEveryStepAndCounted() {
        RegisterImport service = ctx.getBean(RegisterImport.class);
        RowImport.Importer by = new RowImport.Importer(ImportRegisterTest.manager(ctx), ImportedCase.FILE);
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);

        Map<String, String> early = stage3("S3-EARLY-" + System.nanoTime());
        early.put("stage3MeetingOn", "2021-07-12");   // before the Stage 3 request of 20 July
        RegisterRefused refused = assertThrows(RegisterRefused.class, () -> service.importAll(List.of(new RegisterRow(2, early)), by));
        assertEquals(List.of("2 stage3MeetingOn"), refused.problems().stream().map(p -> p.row() + " " + p.column()).toList());

        Map<String, String> noStage2 = stage3("S3-NO2-" + System.nanoTime());
        List.of("RequestedOn", "RequestVia", "Reason", "WantNow", "InvestigatingOfficer", "IndependentPerson", "RespondedOn",
                "Finding", "Outcomes", "IssueFindings").forEach(c -> noStage2.put("stage2" + c, ""));
        refused = assertThrows(RegisterRefused.class, () -> service.importAll(List.of(new RegisterRow(2, noStage2)), by));
        assertEquals(List.of("2 stage3RequestedOn"), refused.problems().stream().map(p -> p.row() + " " + p.column()).toList());

        String source = "S3-" + System.nanoTime();
        List<Long> made = service.importAll(List.of(new RegisterRow(2, stage3(source))), by);
        assertEquals(3, made.size(), "Stage 1, Stage 2 and Stage 3, each a case");
        SubmittedCase panelCase = ctx.getBean(CaseRepository.class).findById(made.get(2)).orElseThrow();
        assertEquals(CaseStatus.CLOSED, panelCase.status());
        String page = manager.get("/staff/cases/" + panelCase.reference()).html().text();
        for (String told : List.of("Chris Chair", "16 August 2021", "20 August 2021", "1 September 2021")) {
            assertTrue(page.contains(told), told + " on the Stage 3 case page");
        }
        // the report of 2021-22 before suppression, against the row written above: one complaint, one Stage 2, one Stage 3
        List<ReportTable> year = ctx.getBean(ReportFigures.class).tables(ReportPeriod.financialYear(2021));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), List.of(value(year, "B", "STAGE1", "received"), value(year, "B", "STAGE1", "escalated"),
                value(year, "B", "STAGE2", "received"), value(year, "B", "STAGE2", "escalated"), value(year, "B", "STAGE3", "received")));
        assertEquals(1L, value(year, "I", "STAGE3", "responded"), "the council's response to the panel");
    }

    @Test
    void aComplaintRefusedAsOutOfTimeIsImportedRefusedAndCannotAlsoHaveAResponse() {
        RegisterImport service = ctx.getBean(RegisterImport.class);
        RowImport.Importer by = new RowImport.Importer(ImportRegisterTest.manager(ctx), ImportedCase.FILE);
        Map<String, String> answered = outOfTime("OOT-A-" + System.nanoTime());
        answered.putAll(Map.of("stage1RespondedOn", "2021-11-19", "stage1Methods", "written", "stage1Finding", "upheld",
                "stage1Outcomes", "apology-and-explanation", "stage1IssueFindings", "upheld"));
        RegisterRefused refused = assertThrows(RegisterRefused.class, () -> service.importAll(List.of(new RegisterRow(2, answered)), by));
        assertEquals(List.of("2 stage1RespondedOn"), refused.problems().stream().map(p -> p.row() + " " + p.column()).toList());

        List<Long> made = service.importAll(List.of(new RegisterRow(2, outOfTime("OOT-" + System.nanoTime()))), by);
        SubmittedCase refusedCase = ctx.getBean(CaseRepository.class).findById(made.get(0)).orElseThrow();
        assertEquals(CaseStatus.REFUSED, refusedCase.status());
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        assertTrue(manager.get("/staff/cases/" + refusedCase.reference()).html().text()
                .contains("The events were in 2019 and nothing explains the delay."));
    }

    @Test
    void aCorporateComplaintAnsweredAtBothStagesIsImported() {
        // The register does not say who answered each stage; the one manager importing it is not "the Stage 1 handler"
        RegisterImport service = ctx.getBean(RegisterImport.class);
        RowImport.Importer by = new RowImport.Importer(ImportRegisterTest.manager(ctx), ImportedCase.FILE);
        Map<String, String> row = new LinkedHashMap<>(RegisterColumns.example());
        row.putAll(Map.of(RegisterColumns.SOURCE_REFERENCE, "CORP-" + System.nanoTime(), "service", "sen-ehcp",
                "receivedOn", "2021-05-10", "whenHappened", "2021-04-12", "stage1RespondedOn", "2021-05-21",
                "stage2RequestedOn", "2021-06-01", "stage2RespondedOn", "2021-07-05"));
        row.putAll(Map.of("stage2InvestigatingOfficer", "", "stage2IndependentPerson", "", "stage2Methods", "written"));
        List<Long> made;
        try {
            made = service.importAll(List.of(new RegisterRow(2, row)), by);
        } catch (RegisterRefused refused) {
            throw new AssertionError(refused.problems().toString());
        }
        assertEquals(2, made.size(), "the corporate complaint and its corporate Stage 2");
        assertEquals(CaseStatus.CLOSED, ctx.getBean(CaseRepository.class).findById(made.get(1)).orElseThrow().status());
    }

    /** The template's example row moved to 2021, taken on to a review panel and the council's response. */
    private static Map<String, String> stage3(String source) {
        Map<String, String> row = new LinkedHashMap<>(RegisterColumns.example());
        row.putAll(Map.of(RegisterColumns.SOURCE_REFERENCE, source, "receivedOn", "2021-05-10", "whenHappened", "2021-04-12",
                "stage1RespondedOn", "2021-05-21", "stage2RequestedOn", "2021-06-01", "stage2RespondedOn", "2021-07-05"));
        row.putAll(Map.of("stage3RequestedOn", "2021-07-20", "stage3RequestVia", "letter", "stage3Reason", "not-listened",
                "stage3WantNow", "A review panel.", "stage3Chair", "Chris Chair", "stage3MemberTwo", "Dee Member",
                "stage3MemberThree", "Eli Member", "stage3MeetingOn", "2021-08-16", "stage3ReportOn", "2021-08-20"));
        row.putAll(Map.of("stage3RespondedOn", "2021-09-01", "stage3Finding", "upheld", "stage3Outcomes", "apology-and-explanation",
                "stage3IssueFindings", "upheld"));
        return row;
    }

    /** A complaint of November 2021 about 2019, refused as out of time, with no steps after. */
    private static Map<String, String> outOfTime(String source) {
        Map<String, String> row = new LinkedHashMap<>(RegisterColumns.example());
        RegisterColumns.all().stream().filter(RegisterColumns::isStep).forEach(c -> row.put(c, ""));
        row.putAll(Map.of(RegisterColumns.SOURCE_REFERENCE, source, "receivedOn", "2021-11-08", "whenHappened", "2019-06-01",
                "outOfTimeDecision", "not-accepted", "outOfTimeReason", "The events were in 2019 and nothing explains the delay."));
        return row;
    }

    private static long value(List<ReportTable> tables, String letter, String row, String column) {
        ReportTable t = tables.stream().filter(x -> x.letter().equals(letter)).findFirst().orElseThrow();
        int c = t.columns().stream().map(ReportTable.Column::code).toList().indexOf(column);
        return t.rows().stream().filter(r -> r.code().equals(row)).findFirst().orElseThrow().figures().get(c).value().longValue();
    }
}
