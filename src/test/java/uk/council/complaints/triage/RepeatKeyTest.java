package uk.council.complaints.triage;

import org.junit.jupiter.api.Test;
import uk.council.complaints.journey.SubmissionKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repeat check's key (docs/adr/0017-several-children.md): every child of the request, written one way. */
class RepeatKeyTest {

    @Test
    void everyChildOfTheRequestIsInTheKeyWrittenOneWay() {
        Submission s = Submission.complaint();
        RepeatKey key = RepeatKey.of(s.build(1L), List.of("Sam Example", " ALEX Example ", "sam example")).orElseThrow();
        assertEquals(List.of("sam example", "alex example"), key.children(), "trimmed, lower case, each once");
        assertEquals("alex@example.org", key.email());
    }

    @Test
    void aYoungPersonsOwnCaseIsAboutThem() {
        Submission s = Submission.complaint().role("young-person");
        s.name = "Jo Example";
        assertEquals(List.of("jo example"), RepeatKey.of(s.build(1L), s.children()).orElseThrow().children());
    }

    @Test
    void noKeyWithoutAChildOrAWayToContactOrForFeedbackAndEscalations() {
        Submission noContact = Submission.complaint();
        noContact.email = null;
        assertTrue(RepeatKey.of(noContact.build(1L), List.of("Sam")).isEmpty());
        assertTrue(RepeatKey.of(Submission.complaint().build(1L), List.of(" ")).isEmpty());
        assertTrue(RepeatKey.of(Submission.complaint().build(1L), List.of()).isEmpty(), "no child, no key");
        assertTrue(RepeatKey.of(Submission.complaint().kind(SubmissionKind.STAGE2).build(1L), List.of("Sam")).isEmpty());
    }
}
