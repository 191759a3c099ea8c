package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.support.FormClient;

import java.time.Clock;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.outcome;
import static uk.council.complaints.casework.CaseWalk.refused;

/**
 * Issue 21, defect 4: the day the person is told they can ask for the next stage until is the day the late check
 * allows. Worked by hand: 20 working days after Tuesday 1 December 2026, past the Christmas holidays (25 and 28
 * December), is Thursday 31 December; counted from 10 December, the day it was typed in, it would be 12 January.
 */
@MicronautTest(transactional = false)
class ToldDeadlineHttpTest {
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
    void theLetterTellsTheLastDayTheLateCheckAccepts() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2026, 12, 10));
        String c1 = w.complaint(LocalDate.of(2026, 11, 24), "email", "children-in-care");
        FormClient officer = w.officer();
        done(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2026, 12, 1), "methods", "written")), c1, "response");
        String letter = letter(officer, c1, "Letter: response");
        assertTrue(letter.contains("You can ask for Stage 2 until 31 December 2026"), letter);
        // Defect 8: the letter states the finding, overall and on each issue (CaseWalk.outcome's answers).
        assertTrue(letter.contains("Our finding on your complaint: Partly upheld. Issue 1 (Delay): Upheld. "
                + "Issue 2 (Poor communication): Not upheld. Issue 3 (Placement): Partly upheld."), letter);
        done(officer.post(c1 + "/close"), c1, "close");

        w.on(LocalDate.of(2027, 1, 5));
        officer = w.officer();
        refused(officer.post(c1 + "/escalate", StaffFixtures.answers("reason", "outcomes-not-met", "wantNow", "Look again.", "requestVia", "phone",
                StaffFixtures.date("requestedOn", LocalDate.of(2027, 1, 4)))), "after the time allowed");
        done(officer.post(c1 + "/escalate", StaffFixtures.answers("reason", "outcomes-not-met", "wantNow", "Look again.", "requestVia", "phone",
                StaffFixtures.date("requestedOn", LocalDate.of(2026, 12, 31)))), c1, "escalate");
    }

    static String letter(FormClient officer, String casePath, String linkText) {
        String href = officer.get(casePath).html().select("a").stream().filter(a -> a.text().startsWith(linkText)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + linkText + " on " + casePath)).attr("href");
        return officer.get(href).html().select(".app-letter").text();
    }
}
