package uk.council.complaints.triage;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import org.junit.jupiter.params.provider.Arguments;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reasons in words, from the real bundle, without starting the application. */
class ReasonTextTest {

    private final ReasonText text = new ReasonText(new ResourceBundleMessageSource("i18n.triage", Locale.UK), Locale.UK);

    @Test
    void rendersTheCorporateServiceReason() {
        Reason reason = Reason.of("queue.corporate.service", "triage.reason.queue.corporate.service",
                Labels.service("sen-ehcp"));

        assertEquals("Corporate: the service chosen was SEN / EHCP", text.render(reason));
    }

    @Test
    void keepsApostrophesAndWritesDatesAndListsInFull() {
        Reason needs = Reason.of("flag.access-needs", "triage.reason.flag.access-needs", List.of(
                Reason.Text.of("triage.need.interpreter-language", "Polish"), Labels.need("large-print"),
                Labels.need("easy-read")));
        Reason outOfTime = Reason.of("flag.out-of-time", "triage.reason.flag.out-of-time", LocalDate.of(2024, 11, 5), 12);

        assertEquals("Access needs: an interpreter (Polish), large print and Easy Read", text.render(needs));
        assertTrue(text.render(outOfTime).startsWith("Out of time: it happened on 5 November 2024, more than 12 months"),
                text.render(outOfTime));
        assertEquals("Corporate: a professional cannot use the statutory children's procedure",
                text.render(Reason.of("queue.corporate.not-eligible", "triage.reason.queue.corporate.professional")));
    }

    @Test
    void cutsASentenceLongerThanTheColumn() {
        Reason reason = Reason.of("route.default", "triage.reason.route.default", "x".repeat(600));

        assertEquals(ReasonText.MAX_LENGTH, text.render(reason).length());
    }

    /** Every reason any row of the triage table produces has its words in the bundle. */
    @Test
    void everyReasonOfTheTableIsInTheBundle() {
        TriageTest.table().map(Arguments::get).forEach(row -> {
            Submission submission = (Submission) row[1];
            for (Reason reason : TriageTest.triage().triage(submission.input()).reasons()) {
                String rendered = text.render(reason);
                assertFalse(rendered.contains("triage.") || rendered.contains("{") || rendered.contains("''"),
                        row[0] + ": " + rendered);
                assertFalse(rendered.isBlank(), row[0] + ": " + reason);
            }
        });
    }
}
