package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.outcome;
import static uk.council.complaints.casework.CaseWalk.refused;

/**
 * Issue 21: a re-triage to a queue of the other procedure keeps the issues' natures as recorded. The case page then
 * lists the issues whose natures the case's list does not have, with "Correct an issue's nature"; an outcome that
 * gives findings on the issues (response, adjudication, their corrections) is not offered, and its post is refused
 * (409, on its page, saying why) until they are corrected. A nature on both lists stays valid.
 */
@MicronautTest(transactional = false)
class NaturesAfterRetriageHttpTest {
    static final MovableClock CLOCK = new MovableClock();
    private static final String CORPORATE_REFUSAL = "this complaint is handled under the corporate procedure, and some"
            + " of its issues’ natures are not on the corporate list";
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void aComplaintMovedToCorporateIsRespondedToOnlyOnceItsStatutoryNatureIsCorrected() {
        CaseWalk w = walk();
        // Delay and poor communication are on both lists; placement is statutory only.
        String c = w.complaint(LocalDate.of(2027, 5, 3), "email", "children-in-care");
        FormClient manager = manager();
        assertTrue(manager.get(c).html().select("#natures-off-list").isEmpty(), "a statutory case's statutory natures");
        retriage(manager, c, "CORPORATE");

        Document page = manager.get(c).html();
        assertEquals(List.of("Issue 3: Placement"), page.select("#natures-off-list li").eachText());
        assertEquals(c + "/correct-issue", page.select("#natures-off-list a").attr("href"));
        assertEquals("Correct an issue’s nature", page.select("#natures-off-list a").text());
        assertFalse(w.offered(c).contains("Record the response"), w.offered(c).toString());

        FormClient.Page response = manager.post(c + "/response", outcome("respondedOn", LocalDate.of(2027, 5, 7), "methods", "written"));
        refused(response, CORPORATE_REFUSAL);
        assertEquals("Record the response", response.html().select("h1").text(), "refused on its own page");
        assertNull(ctx.getBean(CaseworkRepository.class).findById(w.id(c)).orElseThrow().respondedOn(), "nothing recorded");
        assertEquals(0, w.events(c, "responded"));
        assertTrue(issues(w, c).stream().allMatch(i -> i.finding() == null), "no finding recorded");

        done(manager.post(c + "/correct-issue", "issue", "3", "nature", "failure-to-provide", "reason", "Corporate now."),
                c, "correct-issue");
        assertTrue(manager.get(c).html().select("#natures-off-list").isEmpty());
        assertTrue(w.offered(c).contains("Record the response"), w.offered(c).toString());
        done(manager.post(c + "/response", outcome("respondedOn", LocalDate.of(2027, 5, 7), "methods", "written")), c, "response");
        assertEquals(List.of("delay", "poor-communication", "failure-to-provide"),
                issues(w, c).stream().map(StageRecords.Issue::nature).toList());
        assertEquals(List.of("upheld", "not-upheld", "partly-upheld"), issues(w, c).stream().map(StageRecords.Issue::finding).toList());
    }

    @Test
    void aResponseRecordedBeforeTheMoveIsCorrectedOnlyOnceTheNatureIs() {
        CaseWalk w = walk();
        String c = w.complaint(LocalDate.of(2027, 5, 3), "email", "children-in-care");
        FormClient manager = manager();
        done(manager.post(c + "/response", outcome("respondedOn", LocalDate.of(2027, 5, 6), "methods", "written")), c, "response");
        retriage(manager, c, "CORPORATE");
        assertFalse(w.offered(c).contains("Correct the response"), w.offered(c).toString());
        refused(manager.post(c + "/correct-outcome", correction(LocalDate.of(2027, 5, 7))), CORPORATE_REFUSAL);
        assertEquals(LocalDate.of(2027, 5, 6), ctx.getBean(CaseworkRepository.class).findById(w.id(c)).orElseThrow().respondedOn());

        done(manager.post(c + "/correct-issue", "issue", "3", "nature", "failure-to-provide", "reason", "Corporate now."),
                c, "correct-issue");
        done(manager.post(c + "/correct-outcome", correction(LocalDate.of(2027, 5, 7))), c, "correct-outcome");
        assertEquals(LocalDate.of(2027, 5, 7), ctx.getBean(CaseworkRepository.class).findById(w.id(c)).orElseThrow().respondedOn());
    }

    @Test
    void aCorporateComplaintMovedToStageTwoIsAdjudicatedOnlyOnceItsCorporateNatureIsCorrected() {
        CaseWalk w = walk();
        String c = w.corporateComplaint(LocalDate.of(2027, 5, 3), "email", "holiday-activity-fund");
        FormClient manager = manager();
        assertTrue(manager.get(c).html().select("#natures-off-list").isEmpty(), "a corporate case's corporate natures");
        retriage(manager, c, "STAGE2");
        assertEquals(List.of("Issue 3: Council policy"), manager.get(c).html().select("#natures-off-list li").eachText());
        done(manager.post(c + "/investigators", "investigatingOfficer", "Priya Investigator", "independentPerson", "Jo Independent"),
                c, "investigators");
        assertFalse(w.offered(c).contains("Record the adjudication"), w.offered(c).toString());
        String[] adjudication = outcome("respondedOn", LocalDate.of(2027, 5, 7));
        refused(manager.post(c + "/adjudicate", adjudication), "this complaint is handled under the statutory procedure,"
                + " and some of its issues’ natures are not on the statutory list");
        assertEquals(0, w.events(c, "adjudicated"));

        done(manager.post(c + "/correct-issue", "issue", "3", "nature", "finance", "reason", "Statutory now."), c, "correct-issue");
        done(manager.post(c + "/adjudicate", adjudication), c, "adjudicate");
        assertEquals(List.of("upheld", "not-upheld", "partly-upheld"), issues(w, c).stream().map(StageRecords.Issue::finding).toList());
    }

    private FormClient manager() {
        return StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
    }

    private static void retriage(FormClient manager, String c, String queue) {
        done(manager.post(c + "/retriage", "queue", queue, "priority", "NORMAL", "reason", "Moved to the right procedure."),
                c, "retriage");
    }

    private static String[] correction(LocalDate on) {
        return StaffFixtures.answers(StaffFixtures.date("respondedOn", on), "finding", "upheld", "finding-1", "upheld",
                "finding-2", "upheld", "finding-3", "upheld", "reason", "Signed a day later.");
    }

    /** A walk on Monday 10 May 2027. */
    private CaseWalk walk() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 5, 10));
        return w;
    }

    private List<StageRecords.Issue> issues(CaseWalk w, String c) {
        return ctx.getBean(StageRepositories.Issues.class).findByCaseIdOrderByPosition(w.id(c));
    }
}
