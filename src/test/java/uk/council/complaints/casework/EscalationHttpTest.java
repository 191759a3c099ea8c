package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.TriageService;

import java.time.Clock;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.outcome;
import static uk.council.complaints.casework.CaseWalk.refused;

/**
 * Issue 21, defect 7: after a stage's outcome, "The person asked for Stage 2" (or 3) on the open case makes the next
 * case and closes this one as escalated, with no closure email; a Stage 2 case never offers "Stage 2"; the timeline
 * names the stage (a Stage 2 extension is not "Stage 1 deadline extended", a panel step not "Response date extended").
 */
@MicronautTest(transactional = false)
class EscalationHttpTest {
    static final MovableClock CLOCK = new MovableClock();
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    CaseRepository cases;
    @Inject
    TriageService triage;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void thePersonAskedForTheNextStageOnTheOpenCase() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 3, 1));
        String c1 = w.complaint(LocalDate.of(2027, 3, 1), "email", "children-in-care");
        FormClient officer = w.officer();
        assertFalse(w.offered(c1).contains("The person asked for Stage 2"), "not before the response");
        refused(officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "Look again.", "requestVia", "email"),
                "Record the response before escalating");
        done(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2027, 3, 1), "methods", "written")), c1, "response");
        assertTrue(w.offered(c1).contains("The person asked for Stage 2"));
        done(officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "Look again.", "requestVia", "email"),
                c1, "escalate");
        assertEquals(CaseStatus.CLOSED, status(c1), "Stage 1 closed as escalated in the same step");
        assertEquals(0, w.emails(c1, "closure"), "no closure email before the Stage 2 they asked for");
        assertEquals(0, w.events(c1, "closed"));
        assertTrue(officer.get(c1).html().text().contains("The person asked for the next stage: Stage 2"));
        String c2 = w.linked(c1);
        assertEquals(Queue.STAGE2, triage.find(w.id(c2)).orElseThrow().queue());

        done(officer.post(c2 + "/extend", "reason", "Records held elsewhere."), c2, "extend");
        String timeline = officer.get(c2).html().text();
        assertTrue(timeline.contains("Deadline extended") && timeline.contains("Stage 2: response now due"), timeline);
        assertFalse(timeline.contains("Stage 1 deadline extended"));
        assertFalse(w.offered(c2).contains("The person asked for Stage 3"), "not before the adjudication");
        done(officer.post(c2 + "/investigators", "investigatingOfficer", "Priya Investigator", "independentPerson", "Jo Independent"),
                c2, "investigators");
        done(officer.post(c2 + "/adjudicate", outcome("respondedOn", LocalDate.of(2027, 3, 1))), c2, "adjudicate");
        done(officer.post(c2 + "/close"), c2, "close");
        assertTrue(w.offered(c2).contains("The person asked for Stage 3"), "a closed Stage 2 goes on to Stage 3");
        assertFalse(w.offered(c2).contains("The person asked for Stage 2"), "never Stage 2 again");
        done(officer.post(c2 + "/escalate", "reason", "outcomes-not-met", "wantNow", "A panel.", "requestVia", "phone"), c2, "escalate");
        assertFalse(w.offered(c2).stream().anyMatch(b -> b.startsWith("The person asked for")), "once only");
        String c3 = w.linked(c2);
        assertEquals(Queue.STAGE3, triage.find(w.id(c3)).orElseThrow().queue());
        done(officer.post(c3 + "/panel", "chair", "Ann Chair", "memberTwo", "Bea Second", "memberThree", "Sam Third"), c3, "panel");
        done(officer.post(c3 + "/meeting", "meetingOn-day", "1", "meetingOn-month", "3", "meetingOn-year", "2027"), c3, "meeting");
        String stage3 = officer.get(c3).html().text();
        assertFalse(stage3.contains("Response date extended"), "a panel step is not an extension");
        assertTrue(stage3.contains("Next step due by"), stage3);
    }

    @Test
    void aCorporateComplaintGoesToCorporateStage2TheSameWay() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 3, 1));
        String c1 = w.corporateComplaint(LocalDate.of(2027, 3, 1), "email", "sen-ehcp");
        assertEquals(Queue.CORPORATE, triage.find(w.id(c1)).orElseThrow().queue());
        FormClient officer = w.officer();
        done(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2027, 3, 1), "methods", "written")), c1, "response");
        assertTrue(w.offered(c1).contains("The person asked for Stage 2"));
        done(officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "Look again.", "requestVia", "letter"),
                c1, "escalate");
        assertEquals(CaseStatus.CLOSED, status(c1));
        assertEquals(0, w.emails(c1, "closure"));
        assertEquals(Queue.CORPORATE_STAGE2, triage.find(w.id(w.linked(c1))).orElseThrow().queue());
    }

    private CaseStatus status(String casePath) {
        return cases.findByReference(CaseWalk.reference(casePath)).orElseThrow().status();
    }
}
