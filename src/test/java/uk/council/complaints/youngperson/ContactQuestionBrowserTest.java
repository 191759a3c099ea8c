package uk.council.complaints.youngperson;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.council.complaints.support.Form.named;

/**
 * "How can we contact you?" (issue 27): a phone number or an email address, one question. The "give us one" error is
 * the question's (the fieldset's, read out with its legend), linked from the summary to its first field; it is not the
 * phone field's, which would read as if the phone were required.
 */
@MicronautTest(transactional = false)
class ContactQuestionBrowserTest extends BrowserTest {
    private static final String QUESTION = "How can we contact you?";
    private static final String GIVE_ONE = "Give us a phone number or an email address";

    @Test
    void theGiveUsOneErrorBelongsToTheQuestion() {
        Form form = toTheContactQuestion();
        form.nextWithErrors(QUESTION, GIVE_ONE);
        Locator question = form.group(QUESTION);
        assertThat(question).hasAccessibleDescription(
                "Give us at least one. Only give us a number or email that is safe for us to use. Error: " + GIVE_ONE);
        assertThat(question.getByRole(AriaRole.HEADING, named(QUESTION))).isVisible();
        assertThat(form.field("Phone number")).hasAccessibleDescription("We may call or text you on this number.");
        assertThat(form.field("Email address")).hasAccessibleDescription("");
        form.axeAtPhoneWidth(QUESTION, "error");

        form.errorSummary().getByRole(AriaRole.LINK, named(GIVE_ONE)).click();
        assertThat(form.field("Phone number")).isFocused();

        // A wrong email address is the email field's own error, not the question's.
        form.fill("Email address", "sam@example").nextWithErrors(QUESTION,
                "Check your email address. It should look like name@example.com");
        assertThat(form.group(QUESTION)).hasAccessibleDescription(
                "Give us at least one. Only give us a number or email that is safe for us to use.");
        assertThat(form.field("Email address")).hasAccessibleDescription(
                "Error: Check your email address. It should look like name@example.com");
        form.fill("Email address", "sam@example.org").next();
        form.on("Tell us what is wrong");
    }

    @Test
    @Mobile
    void onAPhoneTheQuestionAndItsErrorFitTheScreen() {
        Form form = toTheContactQuestion();
        form.nextWithErrors(QUESTION, GIVE_ONE);
        assertThat(form.group(QUESTION)).hasAccessibleDescription(
                "Give us at least one. Only give us a number or email that is safe for us to use. Error: " + GIVE_ONE);
        form.assertFitsTheScreen();
    }

    private Form toTheContactQuestion() {
        page.navigate("/young-person");
        Form form = form().on(SafetyFirstBrowserTest.YP_START);
        form.button("Start").click();
        form.on("Are you, or another child, in danger right now?").choose("No").next();
        form.on("What is your name?").fill("What is your name?", "Sam").next();
        form.on("How should we get in touch with you?").choose("Contact me").next();
        return form.on(QUESTION);
    }

}
