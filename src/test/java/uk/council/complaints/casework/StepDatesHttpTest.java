package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.support.FormClient;

import java.time.Clock;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.outcome;

/**
 * Issue 21, defects 3 and 9: each step carries the date it happened, typed in days later if need be; a date before
 * the step it follows, or in the future, is refused on the page with a specific error and what was typed kept.
 */
@MicronautTest(transactional = false)
class StepDatesHttpTest {
    static final MovableClock CLOCK = new MovableClock();
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    CaseworkRepository handling;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void eachStepIsDatedWhenItHappenedAndNeverBeforeTheStepItFollows() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2026, 12, 10));
        String c1 = w.complaint(LocalDate.of(2026, 12, 7), "email", "children-in-care");
        FormClient officer = w.officer();
        rejected(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2026, 12, 4), "methods", "written")),
                "The date must be on or after 7 December 2026, the day the complaint was received.", "respondedOn", "4");
        rejected(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2026, 12, 11), "methods", "written")),
                "The date must be today or in the past", "respondedOn", "11");

        // Typed in on 18 December, sent on the 9th: recorded on the 9th, and the Stage 2 request may be dated the 10th.
        w.on(LocalDate.of(2026, 12, 18));
        officer = w.officer();
        done(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2026, 12, 9), "methods", "written")), c1, "response");
        assertEquals(LocalDate.of(2026, 12, 9), handling.findById(w.id(c1)).orElseThrow().respondedOn());
        done(officer.post(c1 + "/close"), c1, "close");
        rejected(officer.post(c1 + "/escalate", StaffFixtures.answers("reason", "outcomes-not-met", "wantNow", "Look again.", "requestVia", "phone",
                StaffFixtures.date("requestedOn", LocalDate.of(2026, 12, 8)))),
                "The date must be on or after 9 December 2026, the day of the response.", "requestedOn", "8");
        done(officer.post(c1 + "/escalate", StaffFixtures.answers("reason", "outcomes-not-met", "wantNow", "Look again.", "requestVia", "phone",
                StaffFixtures.date("requestedOn", LocalDate.of(2026, 12, 10)))), c1, "escalate");
        String c2 = w.linked(c1);
        done(officer.post(c2 + "/investigators", "investigatingOfficer", "Priya Investigator", "independentPerson", "Jo Independent"),
                c2, "investigators");
        rejected(officer.post(c2 + "/adjudicate", outcome("respondedOn", LocalDate.of(2026, 11, 2))),
                "The date must be on or after 10 December 2026, the day this stage was asked for.", "respondedOn", "2");
        done(officer.post(c2 + "/adjudicate", outcome("respondedOn", LocalDate.of(2026, 12, 17))), c2, "adjudicate");
        done(officer.post(c2 + "/close"), c2, "close");

        done(officer.post(c2 + "/escalate", StaffFixtures.answers("reason", "outcomes-not-met", "wantNow", "A panel.", "requestVia", "phone",
                StaffFixtures.date("requestedOn", LocalDate.of(2026, 12, 18)))), c2, "escalate");
        String c3 = w.linked(c2);
        done(officer.post(c3 + "/panel", "chair", "Ann Chair", "memberTwo", "Bea Second", "memberThree", "Sam Third"), c3, "panel");
        rejected(officer.post(c3 + "/meeting", StaffFixtures.date("meetingOn", LocalDate.of(2026, 12, 17))),
                "The date must be on or after 18 December 2026, the day this stage was asked for.", "meetingOn", "17");
        w.on(LocalDate.of(2027, 1, 20));
        officer = w.officer();
        done(officer.post(c3 + "/meeting", StaffFixtures.date("meetingOn", LocalDate.of(2027, 1, 12))), c3, "meeting");
        rejected(officer.post(c3 + "/report", StaffFixtures.date("reportOn", LocalDate.of(2027, 1, 11))),
                "The date must be on or after 12 January 2027, the day the panel met.", "reportOn", "11");
        done(officer.post(c3 + "/report", StaffFixtures.date("reportOn", LocalDate.of(2027, 1, 14))), c3, "report");
        rejected(officer.post(c3 + "/council-response", outcome("respondedOn", LocalDate.of(2027, 1, 13))),
                "The date must be on or after 14 January 2027, the day of the panel’s report.", "respondedOn", "13");
        done(officer.post(c3 + "/council-response", outcome("respondedOn", LocalDate.of(2027, 1, 19))), c3, "council-response");
    }

    /** 422, the error on the page and by its field, and the day typed still in the form. */
    private static void rejected(FormClient.Page page, String error, String field, String day) {
        assertEquals(422, page.status(), () -> page.status() + " " + page.html().select(".govuk-error-summary").text());
        assertTrue(page.html().select(".govuk-error-summary").text().contains(error), () -> page.html().select(".govuk-error-summary").text());
        assertTrue(page.html().select("#" + field + "-error").text().contains(error), () -> page.html().select(".govuk-error-message").text());
        assertEquals(day, page.html().select("input[name=" + field + "-day]").val());
    }
}
