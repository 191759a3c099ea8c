package uk.council.complaints.youngperson;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A young person asks for a call back on their own pages, in plain words, and is offered an advocate and the leaflet. */
@MicronautTest(transactional = false)
class YoungPersonCallBackBrowserTest extends BrowserTest {

    @Test
    void aYoungPersonAsksForACallBack() {
        askForACallBack();
    }

    @Test
    @Mobile
    void aYoungPersonAsksForACallBackOnAPhone() {
        askForACallBack();
    }

    @Test
    @WithoutJavaScript
    void aYoungPersonAsksForACallBackWithScriptsOff() {
        askForACallBack();
    }

    private void askForACallBack() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Ask for a call back from a manager").next();
        form.on("Who are you?").choose("I am the young person it is about, or a care leaver").next();
        form.on("Are you, or another child, in danger right now?").choose("No").next();
        form.on("What is your name?").fill("What is your name?", "Jamie Fox").next();
        form.on("What number should we call?").nextWithErrors("What number should we call?", "Tell us a number we can call");
        form.fill("What number should we call?", "07700 900 982").next();
        form.on("Which days can we call you?").tick("Tuesday").tick("Thursday").next();
        form.on("What time is best?").choose("Afternoon (12:30pm to 5pm)").next();
        form.on("What do you want to talk about?").fill("What do you want to talk about?", "Seeing my sister.").next();
        form.on("Would you like an advocate to help you?");
        assertThat(form.link("Read the advocacy leaflet (opens in a new tab)")).isVisible();
        form.choose("Yes, I would like an advocate to contact me").next();
        form.on("Check your answers before sending");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("07700 900 982");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Seeing my sister.");
        form.button("Send").click();
        form.on("We have got your message");
        assertThat(page.getByText(Form.REFERENCE)).hasCount(1);
        assertThat(page.getByText("Someone will call you by " + dueDate(DeadlineKind.CALLBACK) + ".")).isVisible();
    }
}
