package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.store.TriageService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;

/**
 * Issue 21, defect 6: a person without email gets a printable acknowledgement letter; an out-of-time refusal is
 * emailed (with the reason and the Ombudsman) and is a letter too; a refused case is not shown as "Paused".
 * Response due worked by hand: 10 working days after Monday 1 March 2027 is Monday 15 March.
 */
@MicronautTest(transactional = false)
class PersonToldHttpTest {
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
    void aPersonWithoutEmailGetsTheAcknowledgementAsALetter() {
        CLOCK.setDay(LocalDate.of(2027, 3, 1));
        String ref = "X" + System.nanoTime() % 1000 + "-" + (1000 + System.nanoTime() % 9000);
        SubmittedCase saved = ctx.getBean(CaseRepository.class).save(StaffFixtures.sample(ref, SubmissionKind.COMPLAINT,
                "children-in-care", CLOCK.instant()).copyAs(ref, SubmissionKind.COMPLAINT, CLOCK.instant()).receivedVia("letter")
                .receivedOn(LocalDate.of(2027, 3, 1)).email(null).preferredContact("post").address("1 High Street, Northfield").build());
        ctx.getBean(TriageService.class).triageAndStore(saved, List.of(), false);
        String c = "/staff/cases/" + ref;
        FormClient officer = new CaseWalk(ctx, server, CLOCK).officer();
        done(officer.post(c + "/acknowledge"), c, "acknowledge");
        String letter = ToldDeadlineHttpTest.letter(officer, c, "Letter: acknowledgement");
        assertTrue(letter.contains("1 High Street") && letter.contains("We have received your complaint (reference " + ref
                + "). We will send you our response by 15 March 2027."), letter);
    }

    @Test
    void anOutOfTimeRefusalIsEmailedAndPrintedAndTheCaseIsNotShownPaused() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 3, 1));
        String c = w.complaint(LocalDate.of(2027, 3, 1), "email", "children-in-care");
        FormClient officer = w.officer();
        done(officer.post(c + "/proceedings", "decision", "paused", "reason", "Care proceedings."), c, "proceedings");
        done(officer.post(c + "/out-of-time", "decision", "not-accepted", "reason", "The events were in 2023."), c, "out-of-time");
        assertEquals(1, w.emails(c, "refusal"), "the person is told by email");
        String letter = ToldDeadlineHttpTest.letter(officer, c, "Letter: complaint refused");
        assertTrue(letter.contains("The events were in 2023") && letter.contains("Local Government and Social Care Ombudsman"), letter);
        String tags = officer.get(c).html().select("h1 .govuk-tag").text();
        assertTrue(tags.contains("Refused"), tags);
        assertFalse(tags.contains("Paused"), tags);
    }
}
