package uk.council.complaints.intake;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@MicronautTest(transactional = false)
class ComplimentJourneyBrowserTest extends BrowserTest {

    @Test
    @Mobile
    void saysThankYouOnAPhoneScreenWithNothingWiderThanTheScreen() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Say thank you, or make a comment or suggestion").next();
        form.on("Your feedback")
                .choose("Say thank you")
                .fill("Your message", "Our social worker listened and made sure the move went well.")
                .fill("Which team or worker is it about? (optional)", "Children in care team").next();
        form.on("Your contact details").fill("Full name", "Pat Green")
                .fill("Postal address", "3 Park Road\nNorthfield NF3 3CC").choose("Post").next();

        form.on("Check your answers before sending");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Say thank you");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Children in care team");
        form.button("Send").click();

        form.on("Thank you for your message");
        form.reference();
        assertThat(page.getByRole(AriaRole.HEADING, Form.exact("What happens next"))).isVisible();
    }

    @Test
    void aSentFormIsNotSentTwiceWhenThePersonGoesBack() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.choose("Say thank you, or make a comment or suggestion").next();
        form.choose("Make a suggestion").fill("Your message", "Please add evening appointments.").next();
        form.fill("Full name", "Kim Lee").fill("Email address", "kim.lee@example.com").choose("Email").next();
        form.on("Check your answers before sending");
        // The choice has its own row: its question reads like the first page's, and once it was dropped as a repeat.
        Locator.GetByTextOptions exactly = new Locator.GetByTextOptions().setExact(true);
        assertThat(page.getByRole(AriaRole.MAIN).getByText("Thank you, comment or suggestion", exactly)).isVisible();
        assertThat(page.getByRole(AriaRole.MAIN).getByText("Make a suggestion", exactly)).isVisible();
        form.button("Send").click();
        form.on("Thank you for your suggestion");
        String reference = form.reference();

        page.goBack();
        form.on("Thank you for your suggestion");
        page.navigate("/form/check");
        form.on("Thank you for your suggestion");
        page.navigate("/form/your-feedback");

        form.on("Thank you for your suggestion");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(reference);
        assertThat(form.button("Send")).hasCount(0);
    }
}
