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
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

        FormClient.Page outcome = jobPage(manager, done);
        assertEquals(200, outcome.status(), () -> outcome.html().select("#problems, .govuk-error-summary").text());
        assertEquals("2 cases imported from 1 rows.", outcome.html().select(".govuk-notification-banner--success p").text());
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

        FormClient.Page again = jobPage(manager, manager.upload("/staff/import", "/staff/import", "template.csv",
                template.getBytes(StandardCharsets.UTF_8)));
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

        FormClient.Page refused = jobPage(manager, manager.upload("/staff/import", "/staff/import", "register.csv", register.csv()));

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
    void aJobStillRunningShowsHowFarItIsAndOneWhoseServerStoppedSaysNothingWasKept() {
        StaffMember manager = StaffFixtures.user(ctx, StaffRole.MANAGER);
        FormClient client = StaffFixtures.signIn(server.getURI(), manager.email());
        ImportJob.Repository jobs = ctx.getBean(ImportJob.Repository.class);
        Instant now = Instant.now();
        long running = jobs.save(new ImportJob(null, manager.id(), now, 400, 150, 0, ImportJob.RUNNING, null, null, now, null)).id();
        long stopped = jobs.save(new ImportJob(null, manager.id(), now.minusSeconds(3600), 400, 150, 0, ImportJob.RUNNING, null,
                null, now.minusSeconds(3000), null)).id();

        FormClient.Page page = client.get("/staff/import/jobs/" + running);
        assertEquals(200, page.status());
        assertEquals("Checked 150 of 400 rows; imported 0 of them so far.",
                page.html().select("[aria-labelledby=import-running-title] .govuk-notification-banner__heading").text());
        assertEquals("/staff/import/jobs/" + running, page.html().select("a:contains(Check progress)").attr("href"));

        FormClient.Page lost = client.get("/staff/import/jobs/" + stopped);
        assertEquals(422, lost.status());
        assertTrue(lost.html().select(".govuk-error-summary").text().contains("stopped before it finished"), lost.html().text());
        assertEquals(404, client.get("/staff/import/jobs/" + (stopped + 1000)).status());

        long old = ImportJobsFixture.running(ctx, manager.id(), 10, 10, now.minus(java.time.Duration.ofDays(31)));
        ctx.getBean(ImportJobs.class).deleteOld();
        assertTrue(jobs.findById(old).isEmpty(), "a job is kept 30 days");
        assertTrue(jobs.findById(running).isPresent());
    }

    /** The upload answers with its job's page (303); the page, once the import has finished. */
    private static FormClient.Page jobPage(FormClient client, FormClient.Page posted) {
        assertEquals(303, posted.status(), () -> posted.html().text());
        assertTrue(posted.location().matches("/staff/import/jobs/\\d+"), posted.location());
        for (int i = 0; ; i++) {
            FormClient.Page page = client.get(posted.location());
            if (page.html().select("a:contains(Check progress)").isEmpty() || i == 40) {
                return page;
            }
        }
    }

    @Test
    void officersCannotImport() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        assertEquals(403, officer.get("/staff/import").status());
        StaffMember manager = StaffFixtures.user(ctx, StaffRole.MANAGER);
        long job = ImportJobsFixture.running(ctx, manager.id(), 10, 0, Instant.now());
        assertEquals(403, officer.get("/staff/import/jobs/" + job).status(), "a job's page is the managers'");
        FormClient.Page anonymous = new FormClient(server.getURI()).get("/staff/import/jobs/" + job);
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/staff/sign-in"), anonymous.location());
    }
}
