package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.CaseStatus;
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
 * Issue 21, defect 10 (part): a Stage 2 the person withdraws, before any adjudication (closing it was refused: "Record
 * how the complaint was responded to"), is closed as withdrawn with its date: no closure email, shown and exported.
 */
@MicronautTest(transactional = false)
class WithdrawalHttpTest {
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
    void aStage2ThePersonWithdrawsIsClosedAsWithdrawnWithItsDate() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 3, 10));
        String c1 = w.complaint(LocalDate.of(2027, 3, 1), "email", "children-in-care");
        FormClient officer = w.officer();
        done(officer.post(c1 + "/response", outcome("respondedOn", LocalDate.of(2027, 3, 2), "methods", "written")), c1, "response");
        done(officer.post(c1 + "/escalate", StaffFixtures.answers("reason", "outcomes-not-met", "wantNow", "Look again.",
                "requestVia", "email", StaffFixtures.date("requestedOn", LocalDate.of(2027, 3, 4)))), c1, "escalate");
        String c2 = w.linked(c1);
        FormClient.Page early = officer.post(c2 + "/withdraw", StaffFixtures.date("withdrawnOn", LocalDate.of(2027, 3, 3)));
        assertEquals(422, early.status());
        assertTrue(early.html().select("#withdrawnOn-error").text().contains("on or after 4 March 2027"));
        done(officer.post(c2 + "/withdraw", StaffFixtures.date("withdrawnOn", LocalDate.of(2027, 3, 8))), c2, "withdraw");
        assertEquals(CaseStatus.CLOSED, ctx.getBean(CaseRepository.class).findByReference(CaseWalk.reference(c2)).orElseThrow().status());
        assertEquals(0, w.emails(c2, "closure"));
        assertTrue(officer.get(c2).html().text().contains("Withdrawn by the person 8 March 2027"));
        String csv = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER).get("/staff/queue/export?status=all").body();
        List<String> header = Arrays.asList(csv.lines().findFirst().orElseThrow().split(","));
        List<String> row = Arrays.asList(csv.lines().filter(l -> l.startsWith(CaseWalk.reference(c2))).findFirst().orElseThrow().split(","));
        assertEquals("2027-03-08", row.get(header.indexOf("withdrawn_on")));
    }
}
