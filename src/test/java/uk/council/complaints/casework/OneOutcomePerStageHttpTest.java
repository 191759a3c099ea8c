package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.outcome;
import static uk.council.complaints.casework.CaseWalk.refused;

/**
 * Issue 21, defects 1 and 5: each finding radio on the response, adjudication and council's response pages has an id
 * of its own and a label; each outcome (Stage 1 response, adjudication, panel report, council's response, Ombudsman
 * decision) is recorded once: no longer offered after it, and a second post is refused with no second event or email.
 */
@MicronautTest(transactional = false)
class OneOutcomePerStageHttpTest {
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
    void eachOutcomeOnceAndEveryFindingRadioItsOwnId() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 2, 1));
        String c1 = w.complaint(LocalDate.of(2027, 2, 1), "email", "children-in-care");
        FormClient officer = w.officer();
        uniqueIdsAndLabels(officer.get(c1 + "/response").html());
        done(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2027, 2, 1), "methods", "written")), c1, "response");
        assertFalse(w.offered(c1).contains("Record the response"), "the response is no longer offered");
        refused(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2027, 2, 1), "methods", "written")),
                "already been recorded");
        assertEquals(1, w.events(c1, "responded"));
        assertEquals(1, w.emails(c1, "response"));

        done(officer.post(c1 + "/close"), c1, "close");
        done(officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "An investigation.", "requestVia", "phone"), c1, "escalate");
        String c2 = w.linked(c1);
        done(officer.post(c2 + "/investigators", "investigatingOfficer", "Priya Investigator", "independentPerson", "Jo Independent"),
                c2, "investigators");
        uniqueIdsAndLabels(officer.get(c2 + "/adjudicate").html());
        done(officer.post(c2 + "/adjudicate", outcome("respondedOn", LocalDate.of(2027, 2, 1))), c2, "adjudicate");
        assertFalse(w.offered(c2).contains("Record the adjudication"), "the adjudication is no longer offered");
        refused(officer.post(c2 + "/adjudicate", outcome("respondedOn", LocalDate.of(2027, 2, 1))), "already been recorded");
        assertEquals(1, w.events(c2, "adjudicated"), "one adjudication on the timeline");
        assertEquals(1, w.emails(c2, "stage2-outcome"), "one outcome email to the family");

        done(officer.post(c2 + "/close"), c2, "close");
        done(officer.post(c2 + "/escalate", "reason", "outcomes-not-met", "wantNow", "A panel.", "requestVia", "phone"), c2, "escalate");
        String c3 = w.linked(c2);
        done(officer.post(c3 + "/panel", "chair", "Ann Chair", "memberTwo", "Bea Second", "memberThree", "Sam Third"), c3, "panel");
        done(officer.post(c3 + "/meeting", "meetingOn-day", "1", "meetingOn-month", "2", "meetingOn-year", "2027"), c3, "meeting");
        done(officer.post(c3 + "/report", "reportOn-day", "1", "reportOn-month", "2", "reportOn-year", "2027"), c3, "report");
        refused(officer.post(c3 + "/report", "reportOn-day", "1", "reportOn-month", "2", "reportOn-year", "2027"),
                "already been recorded");
        uniqueIdsAndLabels(officer.get(c3 + "/council-response").html());
        done(officer.post(c3 + "/council-response", outcome("respondedOn", LocalDate.of(2027, 2, 1))), c3, "council-response");
        assertFalse(w.offered(c3).contains("Record the council’s response"), "the council's response is no longer offered");
        refused(officer.post(c3 + "/council-response", outcome("respondedOn", LocalDate.of(2027, 2, 1))), "already been recorded");
        assertEquals(1, w.events(c3, "council-responded"));
        assertTrue(officer.get(c3).html().text().contains("Council’s response to the review panel recorded"), "defect 8: the apostrophe");
        assertEquals(1, w.emails(c3, "stage3-outcome"));

        done(officer.post(c3 + "/ombudsman/add", "lgscoReference", "27 001 999", "receivedOn-day", "1", "receivedOn-month", "2",
                "receivedOn-year", "2027"), c3, "ombudsman-add");
        String decision = officer.get(c3).html().select("a").stream()
                .filter(a -> a.text().equals("Record the Ombudsman’s decision")).findFirst().orElseThrow().attr("href");
        String[] decided = {"decidedOn-day", "1", "decidedOn-month", "2", "decidedOn-year", "2027", "decision", "not-for-us"};
        done(officer.post(decision, decided), c3, "ombudsman-decision");
        assertFalse(w.offered(c3).contains("Record the Ombudsman’s decision"), "the decision is no longer offered");
        refused(officer.post(decision, decided), "already been recorded");
        assertEquals(1, w.events(c3, "ombudsman-decision"));
    }

    /** Every id once; every radio and checkbox named by a label of its own. */
    static void uniqueIdsAndLabels(Document page) {
        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            assertTrue(ids.add(e.id()), "id " + e.id() + " twice");
        }
        for (Element input : page.select("input[type=radio], input[type=checkbox]")) {
            assertEquals(1, page.select("label[for=" + input.id() + "]").size(), "one label for " + input.id());
        }
        assertTrue(page.select("input[type=radio][name=finding-3]").size() == 4, "issue 3 has its finding question");
    }
}
