package uk.council.complaints.importing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.ImportedCaseRepository;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25, the managers' page: the template downloaded from it imports as it is (its example row is a closed 2024
 * complaint that went to Stage 2: two cases, each saying it was imported, the stage history as the row gives it); a
 * file with bad rows lists them and keeps nothing; a file of another type is refused; officers cannot use the page.
 */
@MicronautTest(transactional = false)
class ImportPageHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void theTemplatesExampleRowIsAHistoricClosedCaseWithItsStages() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        Document page = manager.get("/staff/import").html();
        assertEquals("/staff/import/template.csv", page.select("a:contains(Download the template)").attr("href"));
        String template = manager.get("/staff/import/template.csv").body();
        List<String> lines = template.lines().toList();
        assertEquals(String.join(",", RegisterColumns.all()), lines.get(0));
        assertTrue(lines.get(1).startsWith("CS-2024-0042,complaint,parent,email,2024-05-13,"), lines.get(1));

        FormClient.Page done = manager.upload("/staff/import", "/staff/import", "template.csv",
                template.getBytes(StandardCharsets.UTF_8));

        assertEquals(303, done.status(), () -> done.html().select("#problems, .govuk-error-summary").text());
        assertEquals("/staff/import?imported=2&rows=1", done.location());
        CaseRepository cases = ctx.getBean(CaseRepository.class);
        List<Long> ids = new java.util.ArrayList<>();
        ctx.getBean(ImportedCaseRepository.class).findAll().forEach(i -> {
            if (i.sourceReference().equals("CS-2024-0042")) {
                ids.add(i.caseId());
            }
        });
        assertEquals(2, ids.size(), "the Stage 1 case and the Stage 2 case made from it");
        String stage1 = cases.findById(ids.get(0)).orElseThrow().reference();
        Document c1 = manager.get("/staff/cases/" + stage1).html();
        assertTrue(c1.select("#imported").text().startsWith("Imported from the earlier register: its reference there is CS-2024-0042."));
        assertTrue(c1.text().contains("13 May 2024") && c1.text().contains("24 May 2024"), "received, and the Stage 1 response");
        assertTrue(c1.select("h1 .govuk-tag").text().contains("Closed"), c1.select("h1").text());
        var stage2 = cases.findById(ids.get(1)).orElseThrow();
        assertEquals(java.time.LocalDate.of(2024, 6, 3), stage2.receivedOn(), "a Stage 2 case is received the day it was asked for");
        Document c2 = manager.get("/staff/cases/" + stage2.reference()).html();
        assertTrue(c2.text().contains("5 July 2024") && c2.text().contains("Jo Officer"), "the adjudication and its officer");
        assertTrue(c2.select("h1 .govuk-tag").text().contains("Closed"), c2.select("h1").text());

        FormClient.Page again = manager.upload("/staff/import", "/staff/import", "template.csv",
                template.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, again.status(), "the same register twice is refused");
        assertTrue(again.html().select("#problems").text().contains("already been imported"));
    }

    @Test
    void badRowsAreListedAndNothingIsKept() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        RegisterFixture register = new RegisterFixture(7, 2021, 8, "BAD");
        register.rows.get(2).put("receivedOn", "2099-01-01");
        register.rows.get(5).put("kind", "grumble");
        long before = ctx.getBean(CaseRepository.class).count();

        FormClient.Page refused = manager.upload("/staff/import", "/staff/import", "register.csv", register.csv());

        assertEquals(422, refused.status());
        assertEquals(List.of("4 receivedOn", "7 kind"), refused.html().select("#problems tbody tr").stream()
                .map(tr -> tr.child(0).text() + " " + tr.child(1).text()).toList());
        assertEquals("Error: Import an earlier register", refused.html().title().substring(0, 33));
        assertEquals(before, ctx.getBean(CaseRepository.class).count());

        FormClient.Page wrongType = manager.upload("/staff/import", "/staff/import", "register.txt", register.csv());
        assertEquals(422, wrongType.status());
        assertTrue(wrongType.html().select("#file-error").text().contains("CSV or an Excel workbook"));
    }

    @Test
    void officersCannotImport() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        assertEquals(403, officer.get("/staff/import").status());
    }
}
