package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.TriageService;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working cases over HTTP: every action, every refusal of a move the case's state does not allow, and the audit. */
@MicronautTest(transactional = false)
class CaseworkHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void aComplaintFromAssignmentToStage2WithEveryWrongMoveRefused() {
        String ref = StaffFixtures.complaint(ctx);
        String c = "/staff/cases/" + ref;
        StaffMember officerAccount = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        FormClient officer = StaffFixtures.signIn(server.getURI(), officerAccount.email());

        done(manager.post(c + "/assign", "assignee", String.valueOf(officerAccount.id())), c, "assign");
        done(officer.post(c + "/acknowledge"), c, "acknowledge");
        refused(officer.post(c + "/acknowledge"), "already been acknowledged");
        refused(officer.post(c + "/close"), "Record how the complaint was responded to");

        String dueBefore = row(officer.get(c).html(), "Response due");
        done(officer.post(c + "/extend", "reason", "Waiting for the social worker’s records."), c, "extend");
        String dueAfter = row(officer.get(c).html(), "Response due");
        assertTrue(!dueBefore.equals(dueAfter), dueBefore + " -> " + dueAfter);
        refused(officer.post(c + "/extend", "reason", "Again"), "cannot be extended again");

        FormClient.Page empty = officer.post(c + "/response");
        assertEquals(422, empty.status());
        assertEquals(3, empty.html().select(".govuk-error-summary__list li").size());
        assertTrue(empty.title().startsWith("Error: "));
        done(officer.post(c + "/response", "methods", "phone-call", "methods", "written", "finding", "partially-upheld",
                "outcomes", "apology-and-explanation"), c, "response");
        done(officer.post(c + "/close"), c, "close");
        refused(officer.post(c + "/close"), "already closed");
        refused(officer.post(c + "/refuse", "reason", "out-of-time"), "already closed");

        FormClient.Page escalated = officer.post(c + "/escalate", "reason", "outcomes-not-met", "wantNow", "An independent investigation.", "requestVia", "phone");
        done(escalated, c, "escalate");
        Document closed = officer.get(c).html();
        String stage2 = closed.select("a[href^=/staff/cases/]").stream().map(a -> a.text())
                .filter(t -> !t.equals(ref) && t.matches("[A-Z0-9]{4}-[A-Z0-9]{4}")).findFirst().orElseThrow();
        refused(officer.post(c + "/escalate", "reason", "errors", "wantNow", "Again", "requestVia", "phone"), "already been escalated");
        done(officer.post(c + "/note", "text", "Stage 2 investigator appointed."), c, "note");

        long stage2Id = ctx.getBean(CaseRepository.class).findByReference(stage2).orElseThrow().id();
        assertEquals(Queue.STAGE2, ctx.getBean(TriageService.class).find(stage2Id).orElseThrow().queue());
        assertTrue(ctx.getBean(uk.council.complaints.notify.Outbox.class).forCase(stage2Id).stream()
                        .anyMatch(e -> e.purpose() == uk.council.complaints.notify.EmailPurpose.TEAM_NOTIFICATION),
                "the Stage 2 team is told about the new case, like any other");
        Document stage2Page = officer.get("/staff/cases/" + stage2).html();
        assertTrue(stage2Page.text().contains("Sam Example"), "the child's details were carried over");
        assertTrue(stage2Page.text().contains(ref), "the earlier reference is on the Stage 2 case");

        List<String> timeline = closed.select(".app-timeline__item").eachText();
        for (String event : List.of("Assigned", "Acknowledged", "Deadline extended", "Response recorded", "Closed", "Viewed")) {
            assertTrue(timeline.stream().anyMatch(t -> t.startsWith(event)), event + " missing from " + timeline);
        }
        assertTrue(timeline.stream().anyMatch(t -> t.startsWith("Acknowledged") && t.contains(officerAccount.email())),
                "the timeline names who did it");
        assertTrue(closed.select("dl").text().contains("Partly upheld"));
    }

    @Test
    void aCallBackIsCalledThenTurnedIntoAComplaintWithoutRetyping() {
        String ref = StaffFixtures.callback(ctx);
        String c = "/staff/cases/" + ref;
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        refused(officer.post(c + "/convert", "service", "fostering", "whatHappened", "x", "outcomesSought", "meeting"), "Record the call");
        refused(officer.post(c + "/response", "methods", "phone-call", "finding", "upheld", "outcomes", "explanation"),
                "only for complaints");
        done(officer.post(c + "/call", "outcome", "Talked through the contact arrangements; they still want to complain."), c, "call");
        FormClient.Page form = officer.get(c + "/convert");
        assertTrue(form.html().selectFirst("textarea#whatHappened").text().contains("contact arrangements"), "prefilled");
        assertEquals("fostering", form.html().select("input[name=service][checked]").attr("value"));
        done(officer.post(c + "/convert", "service", "fostering", "whatHappened", form.html().selectFirst("textarea#whatHappened").text(),
                "outcomesSought", "meeting"), c, "convert");
        Document page = officer.get(c).html();
        assertTrue(page.select("h1 .govuk-tag").text().contains("Closed"));
        String complaint = page.select("a[href^=/staff/cases/]").eachText().stream()
                .filter(t -> t.matches("[A-Z0-9]{4}-[A-Z0-9]{4}") && !t.equals(ref)).findFirst().orElseThrow();
        Document complaintPage = officer.get("/staff/cases/" + complaint).html();
        assertTrue(complaintPage.text().contains("Statutory Stage 1"));
        long complaintId = ctx.getBean(CaseRepository.class).findByReference(complaint).orElseThrow().id();
        assertTrue(ctx.getBean(uk.council.complaints.notify.Outbox.class).forCase(complaintId).stream()
                .anyMatch(e -> e.purpose() == uk.council.complaints.notify.EmailPurpose.TEAM_NOTIFICATION));
        assertTrue(complaintPage.text().contains("Alex Example") && complaintPage.text().contains("Sam Example"));
        // (Every fixture is the same person and child, so only the reason can tell which case it would repeat.)
        List<String> reasons = ctx.getBean(TriageService.class).find(complaintId).orElseThrow().reasons().stream()
                .map(r -> r.text()).toList();
        assertTrue(reasons.stream().noneMatch(r -> r.startsWith("Possible repeat") && r.contains(ref)),
                "not a repeat of the call-back it was made from: " + reasons);
    }

    @Test
    void aRefusedComplaintCannotBeWorkedFurtherAndReTriageIsAudited() {
        String ref = StaffFixtures.complaint(ctx);
        String c = "/staff/cases/" + ref;
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        FormClient.Page noReason = manager.post(c + "/retriage", "queue", "CORPORATE", "priority", "HIGH");
        assertEquals(422, noReason.status());
        done(manager.post(c + "/retriage", "queue", "CORPORATE", "priority", "HIGH", "reason", "The complaint is about school transport."), c, "retriage");
        Document page = manager.get(c).html();
        assertTrue(page.text().contains("Re-triaged by staff: The complaint is about school transport."));
        assertTrue(row(page, "Queue").contains("Corporate"));
        // Issue 10: a corporate complaint may have one explained extension (the Complaint Handling Code).
        done(manager.post(c + "/extend", "reason", "More time"), c, "extend");
        refused(manager.post(c + "/extend", "reason", "More time again"), "cannot be extended again");
        done(manager.post(c + "/refuse", "reason", "court-proceedings", "details", "Care proceedings are under way."), c, "refuse");
        refused(manager.post(c + "/acknowledge"), "already been refused");
        refused(manager.post(c + "/assign", "assignee", "none"), "already been refused");
        FormClient.Page bad = manager.post(c + "/refuse", "reason", "not-a-reason");
        assertEquals(422, bad.status());
        assertNotNull(bad.html().selectFirst("#reason-error"));
    }

    private static void done(FormClient.Page page, String casePath, String action) {
        assertEquals(303, page.status(), () -> action + ": " + page.status() + " " + page.html().select(".govuk-error-summary").text());
        assertEquals(casePath + "?done=" + action, page.location());
    }

    private static void refused(FormClient.Page page, String message) {
        assertEquals(409, page.status(), () -> "expected a refusal saying '" + message + "', got " + page.status());
        String summary = page.html().select(".govuk-error-summary").text();
        assertTrue(summary.contains(message), summary);
        assertTrue(page.title().startsWith("Error: "), page.title());
    }

    private static String row(Document page, String key) {
        return page.select(".govuk-summary-list__row").stream()
                .filter(r -> r.selectFirst(".govuk-summary-list__key").text().equals(key))
                .map(r -> r.selectFirst(".govuk-summary-list__value").text()).findFirst().orElse("");
    }
}
