package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.timeline.CaseTimeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.status;

/**
 * Issue 21: "Correct the case details" records what the person did not say at first (the service, the outcome sought,
 * "Not specified" among them), checked on the server with the errors on the page, and kept on the timeline with the
 * old and new values.
 */
@MicronautTest(transactional = false)
class CorrectDetailsHttpTest {
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
    void theServiceAndTheOutcomeSoughtAreRecordedLaterWithOldAndNewOnTheTimeline() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 3, 10));
        String c = w.complaint(LocalDate.of(2027, 3, 1), "phone", "children-in-care");
        FormClient officer = w.officer();
        assertTrue(w.offered(c).contains("Correct the case details"));
        FormClient.Page page = officer.get(c + "/correct-details");
        assertTrue(page.html().select("input[name=service][value=children-in-care]").hasAttr("checked"), "starts from what is recorded");
        assertTrue(page.html().select("label").eachText().contains("Not specified"), "not specified is a choice");

        FormClient.Page both = officer.post(c + "/correct-details", "service", "fostering", "outcomesSought", "apology",
                "outcomesSought", "not-specified");
        status(422, both);
        assertTrue(both.html().select(".govuk-error-summary").text().contains("Select ‘Not specified’ on its own"));
        assertTrue(both.html().select("input[name=service][value=fostering]").hasAttr("checked"), "what was chosen is kept");
        FormClient.Page none = officer.post(c + "/correct-details", "outcomesSought", "apology");
        status(422, none);
        assertTrue(none.html().select(".govuk-error-summary").text().contains("Select the service"));
        status(422, officer.post(c + "/correct-details", "service", "made-up", "outcomesSought", "apology"));

        done(officer.post(c + "/correct-details", "service", "fostering", "outcomesSought", "not-specified"), c, "correct-details");
        long id = w.id(c);
        assertEquals("fostering", ctx.getBean(CaseRepository.class).findById(id).orElseThrow().complaint().service());
        assertEquals(List.of("not-specified"), ctx.getBean(CaseChoiceRepository.class).findByKeyCaseId(id).stream()
                .filter(ch -> ch.question().equals("outcomesSought")).map(CaseChoice::choice).toList());
        assertEquals("Service changed from Children in care to Fostering. Outcome sought changed from not recorded to Not specified",
                detail(id));
        assertEquals(List.of("Not specified"), officer.get(c).html().select(".govuk-summary-list__row").stream()
                .filter(r -> r.select(".govuk-summary-list__key").text().equals("Outcome sought"))
                .map(r -> r.select(".govuk-summary-list__value").text()).toList(), "shown on the case page");

        done(officer.post(c + "/correct-details", "service", "fostering", "outcomesSought", "explanation",
                "outcomesSought", "apology"), c, "correct-details");
        assertEquals("Outcome sought changed from Not specified to An apology, An explanation", detail(id));

        // Issue 21: the online form's lists on staff pages speak of the person in the third person.
        String escalate = officer.get(c + "/escalate").html().text();
        assertTrue(escalate.contains("What they wanted to happen has not happened"), escalate);
        assertFalse(escalate.contains("What I wanted to happen"));
        String convertWords = officer.get(c + "/correct-details").html().text();
        assertTrue(convertWords.contains("Money paid back to them") && !convertWords.contains("Money paid back to me"));
    }

    private String detail(long caseId) {
        return ctx.getBean(CaseTimeline.class).events(caseId).stream().filter(e -> e.eventType().equals("details-corrected"))
                .reduce((a, b) -> b).orElseThrow().detail();
    }
}
