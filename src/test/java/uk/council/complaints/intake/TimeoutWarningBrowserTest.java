package uk.council.complaints.intake;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** WCAG 2.2.1: people are warned before their answers are deleted for inactivity, and can keep them. */
@MicronautTest(transactional = false)
class TimeoutWarningBrowserTest extends BrowserTest {
    @Inject
    DraftRepository drafts;

    @Test
    void warnsFiveMinutesBeforeDeletingAnswersAndKeepsThemWhenAsked() {
        page.clock().install();
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.choose("Make a complaint").next();
        form.on("Who are you?");
        Locator warning = page.getByRole(AriaRole.REGION, Form.exact("Important"));
        assertThat(warning).isHidden();

        page.clock().fastForward("55:01");

        assertThat(warning).isVisible();
        assertThat(warning).containsText("We will delete your answers in 5 minutes because you have not done anything.");
        assertThat(form.button("Keep my answers")).isFocused();
        form.axe("Who are you?", "timeout warning");

        form.button("Keep my answers").click();

        assertThat(warning).isHidden();
        form.choose("A foster carer").next();
        form.on("Do you think a child is at risk of harm right now?");
    }

    @Test
    void afterTheAnswersAreDeletedThePersonIsToldAndCanStartAgain() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.choose("Make a complaint").next();
        form.on("Who are you?");
        drafts.findAll().forEach(d -> drafts.update(d.id(), Instant.now().minusSeconds(1), Instant.now()));

        form.choose("A foster carer").next();

        form.on("Your answers have been deleted");
        form.link("Start again").click();
        form.on(Form.START_HEADING);
    }
}
