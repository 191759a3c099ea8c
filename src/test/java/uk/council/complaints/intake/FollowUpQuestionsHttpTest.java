package uk.council.complaints.intake;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.support.FormClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.intake.Journeys.step;

/**
 * "If other, tell us" and the interpreter's language are follow-up questions revealed under their option (the GOV.UK
 * conditional reveal): asked, so required and checked, only when that option is chosen; dropped, never stored,
 * when it is not. The markup is govuk-frontend's, so its script hides the box and without it the box shows.
 */
@MicronautTest(transactional = false)
class FollowUpQuestionsHttpTest {
    private static final String LANGUAGE_LABEL = "If you need an interpreter, which language?";

    @Inject
    EmbeddedServer server;
    @Inject
    CaseRepository cases;

    FormClient client;

    @BeforeEach
    void newBrowser() {
        client = new FormClient(server.getURI());
    }

    @Test
    void theFollowUpIsInsideAConditionalRightAfterItsOptionHiddenUntilTheOptionIsChosen() {
        Journeys.parentComplaint(client, "alex@example.com");
        Document page = client.get("/form/communication-needs").html();
        Element interpreter = page.selectFirst("input[name=accessNeeds][value=interpreter]");
        assertEquals("conditional-accessNeeds", interpreter.attr("data-aria-controls"));
        Element conditional = interpreter.parent().nextElementSibling();
        assertEquals("conditional-accessNeeds", conditional.id(), "the conditional comes right after its item");
        assertTrue(conditional.hasClass("govuk-checkboxes__conditional"));
        assertFalse(conditional.hasClass("govuk-checkboxes__conditional--hidden"), "its option is ticked");
        assertEquals("Polish", conditional.selectFirst("input[name=interpreterLanguage]").val());
        assertEquals(LANGUAGE_LABEL, conditional.selectFirst("label[for=interpreterLanguage]").text());

        Element other = page.selectFirst("input[name=accessNeeds][value=other]");
        Element otherConditional = other.parent().nextElementSibling();
        assertEquals(otherConditional.id(), other.attr("data-aria-controls"));
        assertTrue(otherConditional.hasClass("govuk-checkboxes__conditional--hidden"), "its option is not ticked");
        assertNotNull(otherConditional.selectFirst("input[name=otherNeeds]"));
        assertTrue(page.select("input[name=accessNeeds][value=bsl]").attr("data-aria-controls").isEmpty(),
                "an option with no follow-up controls nothing");
        assertEquals(1, page.select("input[name=otherNeeds]").size(), "each follow-up is on the page once");
    }

    @Test
    void aFollowUpIsRequiredWhenItsOptionIsChosenWithItsOwnErrorLinkedToTheBox() {
        Journeys.parentComplaint(client, "alex@example.com");
        FormClient.Page page = client.post("/form/communication-needs", "accessNeeds", "interpreter", "accessNeeds",
                "other", "otherNeeds", "Meetings after 4pm");
        assertEquals(400, page.status());
        Document html = page.html();
        Element link = html.selectFirst(".govuk-error-summary__list a");
        assertEquals("Enter the language you need an interpreter for", link.text());
        assertEquals("#interpreterLanguage", link.attr("href"));
        Element box = html.selectFirst("#interpreterLanguage");
        assertEquals("interpreterLanguage-error", box.attr("aria-describedby"));
        assertTrue(box.parent().hasClass("govuk-form-group--error"));
        assertFalse(box.parent().parent().hasClass("govuk-checkboxes__conditional--hidden"), "shown with its error");
        assertEquals("Meetings after 4pm", html.selectFirst("input[name=otherNeeds]").val(), "the other answer is kept");
    }

    @Test
    void aFollowUpWhoseOptionIsNotChosenIsNotCheckedNorKept() {
        Journeys.parentComplaint(client, "alex@example.com");
        // Typed with JavaScript off (the box is always visible), then the option left unticked: even a value the
        // box would refuse is ignored, and the earlier language is dropped.
        FormClient.Page page = client.post("/form/communication-needs?change=yes", "accessNeeds", "large-print",
                "interpreterLanguage", "Polish\u0007", "otherNeeds", "x".repeat(600));
        assertEquals(303, page.status(), () -> page.html().select(".govuk-error-summary").text());
        Document again = client.get("/form/communication-needs").html();
        assertEquals("", again.selectFirst("input[name=interpreterLanguage]").val());
        assertEquals("", again.selectFirst("input[name=otherNeeds]").val());
        Document check = client.get("/form/check").html();
        assertFalse(check.select(".govuk-summary-list__key").eachText().contains(LANGUAGE_LABEL),
                "a question not asked is not on check your answers");
        SubmittedCase stored = cases.findByReference(Journeys.submit(client)).orElseThrow();
        assertNull(stored.who().interpreterLanguage());
        assertNull(stored.who().otherNeeds());
    }

    @Test
    void aRadiosFollowUpIsAskedOnlyUnderItsOption() {
        step(client, "what-would-you-like-to-do", "purpose", "stage2");
        step(client, "earlier-complaint", "earlierReference", "KD7M-3PQX");
        step(client, "who-are-you", "role", "relative");
        step(client, "about-the-child", "childName", "Sam Example", "childAge", "9");
        step(client, "how-was-it-responded-to", "responseMethods", "phone-call", "responseOther", "A visit");
        FormClient.Page required = client.post("/form/reason-for-escalating", "escalationReason", "other");
        assertEquals(400, required.status());
        assertEquals("Tell us the reason, because you chose ‘Another reason’",
                required.html().selectFirst(".govuk-error-summary__list a").text());
        Element chosen = required.html().selectFirst("input[name=escalationReason][value=other]");
        Element conditional = chosen.parent().nextElementSibling();
        assertEquals(chosen.attr("data-aria-controls"), conditional.id());
        assertEquals("govuk-radios__conditional", conditional.className());
        assertNotNull(conditional.selectFirst("input[name=escalationReasonOther]"));

        step(client, "reason-for-escalating", "escalationReason", "errors", "escalationReasonOther", "<b>x</b>\u0007");
        assertEquals("", client.get("/form/reason-for-escalating").html()
                .selectFirst("input[name=escalationReasonOther]").val(), "not kept: its option was not chosen");
        assertEquals("", client.get("/form/how-was-it-responded-to").html()
                .selectFirst("input[name=responseOther]").val(), "not kept: 'Another way' was not ticked");
    }
}
