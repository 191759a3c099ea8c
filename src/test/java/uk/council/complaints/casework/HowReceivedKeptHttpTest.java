package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.outcome;

/**
 * Issue 21, defect 2: a Stage 2 case made from a phone complaint is still a phone complaint (not "Online form"), and
 * records how the request for Stage 2 came: asked on the page, shown on the case, in the CSV export; a call-back
 * turned into a complaint keeps how the call-back came.
 */
@MicronautTest(transactional = false)
class HowReceivedKeptHttpTest {
    static final MovableClock CLOCK = new MovableClock();
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    CaseRepository cases;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void anEscalatedPhoneComplaintStaysAPhoneComplaintAndSaysHowStage2WasAskedFor() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 3, 1));
        String c1 = w.complaint(LocalDate.of(2027, 3, 1), "phone", "children-in-care");
        FormClient officer = w.officer();
        done(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2027, 3, 1), "methods", "written")), c1, "response");
        done(officer.post(c1 + "/close"), c1, "close");
        FormClient.Page unanswered = officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "Look again.");
        assertEquals(422, unanswered.status());
        assertTrue(unanswered.html().select(".govuk-error-summary").text().contains("Select how the request came"));
        done(officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "Look again.", "requestVia", "letter"),
                c1, "escalate");
        String c2 = w.linked(c1);
        assertEquals("phone", cases.findByReference(CaseWalk.reference(c2)).orElseThrow().receivedVia());
        assertTrue(officer.get(c2).html().text().contains("How the request for this stage came Letter"));
        String csv = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER).get("/staff/queue/export?status=all").body();
        List<String> header = Arrays.asList(csv.lines().findFirst().orElseThrow().split(","));
        List<String> row = Arrays.asList(csv.lines().filter(l -> l.startsWith(CaseWalk.reference(c2))).findFirst().orElseThrow().split(","));
        assertEquals("phone", row.get(header.indexOf("received_via")));
        assertEquals("letter", row.get(header.indexOf("request_via")));
    }

    @Test
    void aCallBackTurnedIntoAComplaintKeepsHowItCame() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 3, 1));
        String callback = "/staff/cases/" + w.store(uk.council.complaints.journey.SubmissionKind.CALLBACK,
                LocalDate.of(2027, 3, 1), "phone", "fostering", List.of()).reference();
        FormClient officer = w.officer();
        done(officer.post(callback + "/call", "outcome", "They want to complain."), callback, "call");
        done(officer.post(callback + "/convert", "service", "fostering", "whatHappened", "No visits.", "outcomesSought", "meeting"),
                callback, "convert");
        assertEquals("phone", cases.findByReference(CaseWalk.reference(w.linked(callback))).orElseThrow().receivedVia());
    }
}
