package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.timeline.CaseTimeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.refused;
import static uk.council.complaints.casework.CaseWalk.status;

/**
 * Issue 21: "Correct an issue's nature" puts right what an issue was recorded as being about, with a reason: checked on
 * the server (the issue and the nature from their lists, a reason), the finding already recorded kept, and kept on the
 * timeline with the old and new nature; only for complaints, refused (409) elsewhere as the case page does not offer it.
 */
@MicronautTest(transactional = false)
class CorrectIssueHttpTest {
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
    void anIssuesNatureIsCorrectedWithItsReasonAndTheFindingKept() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 4, 12));
        String c = w.complaint(LocalDate.of(2027, 4, 1), "email", "children-in-care");
        long id = w.id(c);
        ctx.getBean(StageRepositories.Issues.class).setFinding(id, 2, "upheld");
        FormClient officer = w.officer();
        assertTrue(w.offered(c).contains("Correct an issue’s nature"), w.offered(c).toString());
        FormClient.Page page = officer.get(c + "/correct-issue");
        assertTrue(page.html().select("label").eachText().contains("Issue 2: Poor communication"), page.html().text());

        FormClient.Page empty = officer.post(c + "/correct-issue");
        status(422, empty);
        String errors = empty.html().select(".govuk-error-summary").text();
        assertTrue(errors.contains("Select the issue to correct") && errors.contains("Select what the issue is about")
                && errors.contains("Enter the reason"), errors);
        status(422, officer.post(c + "/correct-issue", "issue", "7", "nature", "delay", "reason", "Typed wrongly."));
        status(422, officer.post(c + "/correct-issue", "issue", "2", "nature", "made-up", "reason", "Typed wrongly."));

        done(officer.post(c + "/correct-issue", "issue", "2", "nature", "delay", "reason", "Typed wrongly on the call."),
                c, "correct-issue");
        List<StageRecords.Issue> issues = ctx.getBean(StageRepositories.Issues.class).findByCaseIdOrderByPosition(id);
        assertEquals(List.of("delay", "delay", "placement"), issues.stream().map(StageRecords.Issue::nature).toList());
        assertEquals("upheld", issues.get(1).finding(), "the finding is kept");
        assertEquals("Issue 2 changed from Poor communication to Delay. Reason: Typed wrongly on the call.",
                ctx.getBean(CaseTimeline.class).events(id).stream().filter(e -> e.eventType().equals("issue-corrected"))
                        .reduce((a, b) -> b).orElseThrow().detail());
    }

    @Test
    void notForACallBack() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 4, 12));
        String c = "/staff/cases/" + w.store(SubmissionKind.CALLBACK, LocalDate.of(2027, 4, 10), "phone", "children-in-care",
                List.of(new StageRecords.Issue(null, 0, 1, "delay", null, null))).reference();
        assertFalse(w.offered(c).contains("Correct an issue’s nature"));
        refused(w.officer().post(c + "/correct-issue", "issue", "1", "nature", "placement", "reason", "Typed wrongly."),
                "This is only for complaints.");
    }
}
