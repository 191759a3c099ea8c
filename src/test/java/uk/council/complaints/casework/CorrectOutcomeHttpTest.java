package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.timeline.CaseTimeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.outcome;
import static uk.council.complaints.casework.CaseWalk.refused;
import static uk.council.complaints.casework.CaseWalk.status;

/**
 * Issue 21: an outcome recorded by mistake is put right by "Correct the ..." with a reason: offered only once the
 * outcome exists, the same date checks as recording it, changed in place (still one outcome a stage), and kept on the
 * timeline with the old and new values.
 */
@MicronautTest(transactional = false)
class CorrectOutcomeHttpTest {
    static final MovableClock CLOCK = new MovableClock();
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void theResponseAndTheAdjudicationArePutRightWithAReasonAndKeptOnTheTimeline() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 2, 10));
        String c1 = w.complaint(LocalDate.of(2027, 2, 1), "email", "children-in-care");
        FormClient officer = w.officer();
        assertFalse(w.offered(c1).contains("Correct the response"), "nothing to correct before the response");
        refused(officer.post(c1 + "/correct-outcome", correction(LocalDate.of(2027, 2, 3), "Typed wrongly")), "no outcome to correct");

        done(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2027, 2, 3), "methods", "written")), c1, "response");
        assertTrue(w.offered(c1).contains("Correct the response"));
        FormClient.Page page = officer.get(c1 + "/correct-outcome");
        assertTrue(page.html().select("input[name=finding][value=partially-upheld]").hasAttr("checked"), "starts from what was recorded");
        assertTrue(page.html().select("input[name=finding-2][value=not-upheld]").hasAttr("checked"));
        assertEquals("3", page.html().select("input[name=respondedOn-day]").val());

        FormClient.Page noReason = officer.post(c1 + "/correct-outcome", correction(LocalDate.of(2027, 2, 4), ""));
        status(422, noReason);
        assertTrue(noReason.html().select(".govuk-error-summary").text().contains("Enter the reason"));
        assertEquals("4", noReason.html().select("input[name=respondedOn-day]").val(), "what was typed is kept");
        FormClient.Page early = officer.post(c1 + "/correct-outcome", correction(LocalDate.of(2027, 1, 30), "Typed wrongly"));
        status(422, early);
        assertTrue(early.html().select(".govuk-error-summary").text().contains("1 February 2027"), "not before the case was received");

        done(officer.post(c1 + "/correct-outcome", correction(LocalDate.of(2027, 2, 4), "The finding was typed wrongly")), c1, "correct-outcome");
        CaseHandling h = ctx.getBean(CaseworkRepository.class).findById(w.id(c1)).orElseThrow();
        assertEquals(LocalDate.of(2027, 2, 4), h.respondedOn());
        assertEquals("upheld", h.finding());
        assertEquals(List.of("upheld", "upheld", "partly-upheld"), findings(w.id(c1)));
        assertEquals(1, w.events(c1, "responded"), "still one response");
        assertEquals(1, w.events(c1, "outcome-corrected"));
        assertEquals("The response corrected. Date changed from 3 February 2027 to 4 February 2027. "
                + "Finding changed from Partly upheld to Upheld. Issue 2 changed from Not upheld to Upheld. "
                + "Reason: The finding was typed wrongly", detail(w.id(c1)));
        assertTrue(officer.get(c1).html().text().contains("Issue 2 changed from Not upheld to Upheld"), "shown on the case page");
        refused(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2027, 2, 3), "methods", "written")),
                "already been recorded");

        done(officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "An investigation.", "requestVia", "phone",
                "requestedOn-day", "5", "requestedOn-month", "2", "requestedOn-year", "2027"), c1, "escalate");
        assertTrue(w.offered(c1).contains("Correct the response"), "a mistake found after escalation can still be put right");
        FormClient.Page afterNext = officer.post(c1 + "/correct-outcome", correction(LocalDate.of(2027, 2, 6), "Typed wrongly"));
        status(422, afterNext);
        assertTrue(afterNext.html().select(".govuk-error-summary").text().contains("on or before 5 February 2027"),
                "not after the next stage was asked for");
        String c2 = w.linked(c1);
        done(officer.post(c2 + "/investigators", "investigatingOfficer", "Priya Investigator", "independentPerson", "Jo Independent"),
                c2, "investigators");
        assertFalse(w.offered(c2).contains("Correct the adjudication"));
        done(officer.post(c2 + "/adjudicate", outcome("respondedOn", LocalDate.of(2027, 2, 8))), c2, "adjudicate");
        done(officer.post(c2 + "/correct-outcome", correction(LocalDate.of(2027, 2, 9), "Signed a day later")), c2, "correct-outcome");
        assertEquals(LocalDate.of(2027, 2, 9), ctx.getBean(StageRepositories.Investigations.class).findById(w.id(c2))
                .orElseThrow().adjudicationOn(), "the adjudication's own date follows");
        assertEquals(1, w.events(c2, "adjudicated"));
        assertTrue(detail(w.id(c2)).startsWith("The Stage 2 adjudication corrected."), detail(w.id(c2)));

        // Stage 3: the panel's report's date, then the council's response.
        w.on(LocalDate.of(2027, 3, 1));
        officer = w.officer();
        done(officer.post(c2 + "/escalate", "reason", "outcomes-not-met", "wantNow", "A panel.", "requestVia", "letter",
                "requestedOn-day", "10", "requestedOn-month", "2", "requestedOn-year", "2027"), c2, "escalate");
        String c3 = w.linked(c2);
        done(officer.post(c3 + "/panel", "chair", "Ann Chair", "memberTwo", "Bea Second", "memberThree", "Sam Third"), c3, "panel");
        done(officer.post(c3 + "/meeting", uk.council.complaints.staff.StaffFixtures.date("meetingOn", LocalDate.of(2027, 2, 12))),
                c3, "meeting");
        assertFalse(w.offered(c3).contains("Correct the panel’s report"), "nothing to correct before the report");
        done(officer.post(c3 + "/report", uk.council.complaints.staff.StaffFixtures.date("reportOn", LocalDate.of(2027, 2, 15))),
                c3, "report");
        assertTrue(w.offered(c3).contains("Correct the panel’s report"));
        assertEquals("15", officer.get(c3 + "/correct-report").html().select("input[name=reportOn-day]").val(), "starts from the recorded date");
        FormClient.Page beforeMeeting = officer.post(c3 + "/correct-report", report(LocalDate.of(2027, 2, 11), "Typed wrongly"));
        status(422, beforeMeeting);
        assertTrue(beforeMeeting.html().select(".govuk-error-summary").text().contains("12 February 2027"));
        done(officer.post(c3 + "/correct-report", report(LocalDate.of(2027, 2, 16), "Dated the day it was signed")), c3, "correct-report");
        StageRecords.Panel panel = ctx.getBean(StageRepositories.Panels.class).findById(w.id(c3)).orElseThrow();
        assertEquals(LocalDate.of(2027, 2, 16), panel.reportOn());
        // 15 working days after Tuesday 16 February 2027 (no bank holiday between): Tuesday 9 March 2027.
        assertEquals(LocalDate.of(2027, 3, 9), panel.councilResponseDue(), "the council's response is due from the corrected date");
        assertEquals(1, w.events(c3, "panel-reported"));
        assertEquals("The panel’s report corrected. Date changed from 15 February 2027 to 16 February 2027. "
                + "Reason: Dated the day it was signed", detail(w.id(c3)));
        done(officer.post(c3 + "/council-response", outcome("respondedOn", LocalDate.of(2027, 2, 20))), c3, "council-response");
        FormClient.Page afterResponse = officer.post(c3 + "/correct-report", report(LocalDate.of(2027, 2, 21), "Typed wrongly"));
        status(422, afterResponse);
        assertTrue(afterResponse.html().select(".govuk-error-summary").text().contains("on or before 20 February 2027"));
        FormClient.Page responseBeforeReport = officer.post(c3 + "/correct-outcome", correction(LocalDate.of(2027, 2, 14), "Typed wrongly"));
        status(422, responseBeforeReport);
        assertTrue(responseBeforeReport.html().select(".govuk-error-summary").text().contains("16 February 2027"),
                "the council's response is checked against the corrected report");
        done(officer.post(c3 + "/correct-outcome", correction(LocalDate.of(2027, 2, 19), "Sent a day earlier")), c3, "correct-outcome");
        assertEquals(LocalDate.of(2027, 2, 19), ctx.getBean(StageRepositories.Panels.class).findById(w.id(c3)).orElseThrow()
                .councilResponseOn());
    }

    private static String[] correction(LocalDate on, String reason) {
        List<String> pairs = new ArrayList<>(List.of(uk.council.complaints.staff.StaffFixtures.date("respondedOn", on)));
        pairs.addAll(List.of("finding", "upheld", "finding-1", "upheld", "finding-2", "upheld", "finding-3", "partly-upheld",
                "reason", reason));
        return pairs.toArray(String[]::new);
    }

    private static String[] report(LocalDate on, String reason) {
        List<String> pairs = new ArrayList<>(List.of(uk.council.complaints.staff.StaffFixtures.date("reportOn", on)));
        pairs.addAll(List.of("reason", reason));
        return pairs.toArray(String[]::new);
    }

    private List<String> findings(long caseId) {
        return ctx.getBean(StageRepositories.Issues.class).findByCaseIdOrderByPosition(caseId).stream()
                .map(StageRecords.Issue::finding).toList();
    }

    private String detail(long caseId) {
        return ctx.getBean(CaseTimeline.class).events(caseId).stream().filter(e -> e.eventType().equals("outcome-corrected"))
                .reduce((a, b) -> b).orElseThrow().detail();
    }
}
