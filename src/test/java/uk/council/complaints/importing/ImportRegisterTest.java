package uk.council.complaints.importing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.ImportedCase;
import uk.council.complaints.cases.ImportedCaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.notify.Outbox;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25: a 500-row register of 2018-19 with 20 bad rows is refused with the 20 reasons (row and column) and nothing
 * imported; put right, it is imported in one go and the annual report of 2018-19 shows its figures, counted here from
 * the rows written, not by the portal. The register goes through the service the upload page calls (the page itself:
 * {@link ImportPageHttpTest}), with the time each pass took printed.
 */
@MicronautTest(transactional = false)
class ImportRegisterTest {
    private static final int YEAR = 2018;
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    /** A defect, the column it must be reported under, and the kind of row it is put in. */
    private record Defect(String kind, String column, Consumer<Map<String, String>> spoil) {
    }

    @Test
    void aRegisterWithBadRowsIsRefusedWholeThenImportedWholeAndCounted() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        RegisterFixture register = new RegisterFixture(25, YEAR, 500, "R18");
        List<Defect> defects = defects();
        Map<Integer, Map<String, String>> good = new LinkedHashMap<>();
        List<String> expected = new ArrayList<>();
        int from = 20;
        for (Defect d : defects) {
            int i = from;
            while (!register.rows.get(i).get("kind").equals(d.kind())
                    || (d.column().startsWith("stage2") != register.rows.get(i).containsKey("stage2RequestedOn"))) {
                i++;
            }
            good.put(i, new LinkedHashMap<>(register.rows.get(i)));
            d.spoil().accept(register.rows.get(i));
            expected.add((i + 2) + " " + d.column());
            from = i + 1;
        }
        long casesBefore = ctx.getBean(CaseRepository.class).count();
        // PostgreSQL: the suite's contexts share one schema, so other tests' imports may be there already.
        long importedBefore = ctx.getBean(ImportedCaseRepository.class).count();
        RegisterImport service = ctx.getBean(RegisterImport.class);
        RowImport.Importer by = new RowImport.Importer(manager(ctx), ImportedCase.FILE);

        long started = System.nanoTime();
        RegisterRefused refused = assertThrows(RegisterRefused.class, () -> service.importAll(read(register), by));
        System.out.printf("IMPORT-BENCH refused 500 rows in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        List<String> listed = refused.problems().stream().map(p -> p.row() + " " + p.column()).toList();
        assertEquals(expected, listed, "each bad row once, with its row and column, in row order");
        refused.problems().forEach(p -> assertFalse(p.reason().isBlank()));
        assertEquals(casesBefore, ctx.getBean(CaseRepository.class).count(), "nothing of the file is kept");
        assertEquals(importedBefore, ctx.getBean(ImportedCaseRepository.class).count());

        good.forEach(register.rows::set);
        started = System.nanoTime();
        List<Long> made = service.importAll(read(register), by);
        System.out.printf("IMPORT-BENCH imported 500 rows in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        long stage2 = register.toStage2();
        assertEquals(500 + stage2, made.size());
        assertEquals(casesBefore + 500 + stage2, ctx.getBean(CaseRepository.class).count());

        Map<String, String> report = csv(manager.get("/staff/reports/annual.csv?from=" + YEAR + "-04-01&to=" + (YEAR + 1) + "-03-31").body());
        assertEquals(String.valueOf(register.count("complaint")), report.get("A|Complaint|Number"));
        assertEquals(String.valueOf(register.count("callback")), report.get("A|Call-back request|Number"));
        assertEquals(String.valueOf(register.count("compliment")), report.get("A|Compliment|Number"));
        assertEquals(String.valueOf(register.count("enquiry")), report.get("A|Enquiry|Number"));
        assertEquals(String.valueOf(stage2), report.get("A|Stage 2 request|Number"));
        assertEquals(String.valueOf(500 + stage2), report.get("A|Total|Number"));
        assertEquals(String.valueOf(register.count("complaint")), report.get("B|Statutory Stage 1|Received"));
        assertEquals(String.valueOf(stage2), report.get("B|Statutory Stage 1|Went on to the next stage"));
        assertEquals(String.valueOf(stage2), report.get("B|Stage 2|Received"));

        // One of this file's cases (on PostgreSQL other tests' imported cases share the table).
        SubmittedCase first = ctx.getBean(CaseRepository.class).findById(made.get(0)).orElseThrow();
        assertTrue(ctx.getBean(Outbox.class).forCase(first.id()).isEmpty(), "no one is emailed about an imported case");
        String shown = manager.get("/staff/cases/" + first.reference()).html().select("#imported").text();
        assertTrue(shown.startsWith("Imported from the earlier register: its reference there is R18-"), shown);
    }

    static StaffActor manager(ApplicationContext ctx) {
        StaffMember m = StaffFixtures.user(ctx, StaffRole.MANAGER);
        return new StaffActor(m.id(), m.name(), m.email(), List.of(StaffRole.MANAGER.name()), false);
    }

    private static List<RegisterRow> read(RegisterFixture register) {
        try {
            return RegisterReader.read("register-2018.csv", register.csv());
        } catch (RegisterReader.Unreadable e) {
            throw new AssertionError(e);
        }
    }

    private static List<Defect> defects() {
        return List.of(
                new Defect("complaint", "kind", r -> r.put("kind", "grumble")),
                new Defect("callback", "receivedOn", r -> r.put("receivedOn", "2099-06-01")),
                new Defect("compliment", "receivedOn", r -> r.put("receivedOn", "13/05/2018")),
                new Defect("enquiry", "receivedVia", r -> r.put("receivedVia", "pigeon")),
                new Defect("complaint", "fullName", r -> r.put("fullName", "")),
                new Defect("callback", "sourceReference", r -> r.put("sourceReference", "")),
                new Defect("compliment", "sourceReference", r -> r.put("sourceReference", "R18-1")),
                new Defect("enquiry", "email", r -> r.put("email", "not-an-email")),
                new Defect("complaint", "preferredContact", r -> r.put("preferredContact", "fax")),
                new Defect("complaint", "service", r -> r.put("service", "space-programme")),
                new Defect("complaint", "outcomesSought", r -> r.put("outcomesSought", "")),
                new Defect("complaint", "issue-1-nature", r -> r.put("issue-1-nature", "bad-nature")),
                new Defect("complaint", "stage1RespondedOn", r -> r.put("stage1RespondedOn",
                        java.time.LocalDate.parse(r.get("receivedOn")).minusDays(3).toString())),
                new Defect("complaint", "stage1Finding", r -> r.put("stage1Finding", "brilliant")),
                new Defect("complaint", "stage1RespondedOn", r -> r.put("stage1RespondedOn", "2018-02-30")),
                new Defect("complaint", "stage2RequestedOn", r -> r.put("stage2RequestedOn",
                        java.time.LocalDate.parse(r.get("stage1RespondedOn")).minusDays(1).toString())),
                new Defect("complaint", "stage1IssueFindings", r -> r.put("stage1IssueFindings", "upheld;maybe")),
                new Defect("complaint", "riskNow", r -> r.put("riskNow", "perhaps")),
                new Defect("callback", "callbackTime", r -> r.put("callbackTime", "midnight")),
                new Defect("compliment", "feedbackGiver", r -> r.put("feedbackGiver", "alien")));
    }

    /** The report's CSV as table|row|column to value (its lines are plain: no commas inside these labels). */
    private static Map<String, String> csv(String body) {
        Map<String, String> cells = new LinkedHashMap<>();
        body.lines().skip(1).map(l -> l.split(",")).filter(p -> p.length == 4)
                .forEach(p -> cells.put(p[0] + "|" + p[1] + "|" + p[2], p[3]));
        return cells;
    }
}
