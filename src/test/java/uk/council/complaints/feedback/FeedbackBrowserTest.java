package uk.council.complaints.feedback;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

/** The feedback form from the confirmation page's link, by role and label, scanned with axe. */
@MicronautTest(transactional = false)
class FeedbackBrowserTest extends BrowserTest {

    @Test
    void givesFeedbackAfterTheErrorState() {
        giveFeedback();
    }

    @Test
    @Mobile
    void givesFeedbackOnAPhone() {
        giveFeedback();
    }

    @Test
    @WithoutJavaScript
    void givesFeedbackWithScriptsOff() {
        giveFeedback();
    }

    private void giveFeedback() {
        page.navigate("/feedback?kind=complaint");
        Form form = form().on("Give feedback on this service");
        form.fill("What could be better? (optional)", "Bigger buttons on a phone.");
        form.button("Send feedback").click();
        // the same page back, its title saying there is an error
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasTitle(java.util.regex.Pattern.compile("^Error: Give feedback on this service - "));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(form.heading("Give feedback on this service")).isVisible();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(form.errorSummary())
                .containsText("Select how easy it was to use this service");
        form.axe("Give feedback on this service", "error");
        form.choose("Easy");
        form.button("Send feedback").click();
        form.on("Thank you for your feedback");
    }
}
