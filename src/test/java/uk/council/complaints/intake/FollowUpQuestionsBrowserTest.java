package uk.council.complaints.intake;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;
import uk.council.complaints.support.Variant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * "If other, tell us" revealed under its option (GOV.UK conditional reveal), for checkboxes and radios: with
 * JavaScript the box appears only while its option is chosen; without it the box is always there. Either way it is
 * required once the option is chosen, and its error links to the box. Scanned with axe in every state.
 */
@MicronautTest(transactional = false)
class FollowUpQuestionsBrowserTest extends BrowserTest {
    private static final String HOW = "How was your complaint answered?";
    private static final String HOW_OTHER = "If another way, tell us how";
    private static final String HOW_ERROR = "Tell us how your complaint was answered, because you chose ‘Another way’";
    private static final String WHY = "Why do you want your complaint to go to the next stage?";
    private static final String WHY_OTHER = "If another reason, tell us what it is";
    private static final String WHY_ERROR = "Tell us the reason, because you chose ‘Another reason’";

    @Test
    void theBoxAppearsUnderItsOptionAndIsRequiredOnlyThen() {
        answerTheFollowUps();
    }

    @Test
    @Mobile
    void theBoxAppearsUnderItsOptionOnAPhone() {
        answerTheFollowUps();
    }

    @Test
    @WithoutJavaScript
    void withoutJavaScriptTheBoxIsAlwaysThereAndStillRequiredOnlyUnderItsOption() {
        answerTheFollowUps();
    }

    private void answerTheFollowUps() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Ask for a complaint to go to the next stage").next();
        form.on("Your earlier complaint").fill("Complaint reference", "KD7M-3PQX").next();
        form.on("Who are you?").choose("I am the young person it is about, or a care leaver").next();

        form.on(HOW);
        Locator how = form.field(HOW_OTHER);
        shownOnlyWithoutJavaScript(how);
        form.tick("By a phone call");
        shownOnlyWithoutJavaScript(how);
        form.tick("Another way");
        assertThat(how).isVisible();
        form.axe(HOW, "follow-up shown");
        form.nextWithErrors(HOW, HOW_ERROR);
        assertThat(form.checkbox("Another way")).isChecked();
        assertThat(form.checkbox("By a phone call")).isChecked();
        assertThat(how).isVisible();
        assertThat(how).hasAccessibleDescription("Error: " + HOW_ERROR);
        form.errorSummary().getByRole(AriaRole.LINK, Form.named(HOW_ERROR)).click();
        assertThat(how).isFocused();
        form.fill(HOW_OTHER, "A text message").checkbox("Another way").uncheck();
        shownOnlyWithoutJavaScript(how);
        form.tick("Another way");
        assertThat(how).hasValue("A text message");
        form.next();

        form.on(WHY);
        Locator why = form.field(WHY_OTHER);
        shownOnlyWithoutJavaScript(why);
        form.choose("Another reason");
        assertThat(why).isVisible();
        form.axe(WHY, "follow-up shown");
        form.nextWithErrors(WHY, WHY_ERROR);
        assertThat(form.radio("Another reason")).isChecked();
        assertThat(why).hasAccessibleDescription("Error: " + WHY_ERROR);
        form.choose("I do not feel listened to");
        shownOnlyWithoutJavaScript(why);
        // Typed in the box (visible without JavaScript) under an option not chosen: not asked, so not refused.
        if (variant == Variant.NO_JAVASCRIPT) {
            form.fill(WHY_OTHER, "Nobody replied");
        }
        form.next();
        form.on("What do you want to happen now?");
    }

    /** With JavaScript the box is hidden until its option is chosen; without it, it is always there to fill in. */
    private void shownOnlyWithoutJavaScript(Locator box) {
        if (variant == Variant.NO_JAVASCRIPT) {
            assertThat(box).isVisible();
        } else {
            assertThat(box).isHidden();
        }
    }
}
