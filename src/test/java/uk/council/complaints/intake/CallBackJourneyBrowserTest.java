package uk.council.complaints.intake;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@MicronautTest(transactional = false)
class CallBackJourneyBrowserTest extends BrowserTest {

    @Test
    void fosterCarerChoosesACallBackInsteadOfAComplaint() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("A foster carer").next();
        form.on("Do you think a child is at risk of harm right now?").choose("No").next();
        form.on("About the child").fill("Child’s full name", "Jordan Smith")
                .fill("Child’s age, if you do not know their date of birth", "9").next();
        form.noOtherChild();
        form.on("Would you rather speak to a manager on the phone instead of making a formal complaint?")
                .choose("Yes, I would like a call back").next();
        form.on("Which service is this about?").choose("Fostering").next();
        form.on("Your call back")
                .fill("Phone number", "07700 900 123")
                .tick("Monday").tick("Wednesday")
                .choose("Any time")
                .fill("What would you like to talk about?", "The support plan for the summer holidays.").next();

        form.on("Your contact details");
        assertThat(form.field("Phone number")).hasValue("07700 900 123");
        form.fill("Full name", "Chris Evans").choose("Phone").next();
        form.on("Help to communicate with us").next();
        form.on("Equality monitoring (optional)").next();

        form.on("Check your answers before sending");
        var main = page.getByRole(AriaRole.MAIN);
        assertThat(main).containsText("Yes, I would like a call back");
        assertThat(main).containsText("Monday");
        assertThat(main).containsText("Wednesday");
        form.button("Send").click();

        form.on("Call back requested");
        form.reference();
        assertThat(page.getByText("A manager will call you by " + dueDate(DeadlineKind.CALLBACK) + ".")).isVisible();
    }

    @Test
    void youngPersonAsksForACallBackFromTheStartPage() {
        Form form = form().openStartPage();
        form.button("Ask for a call back").click();

        form.on("Who are you?");
        form.link("Back").click();
        form.on("What would you like to do?");
        assertThat(form.radio("Ask for a call back from a manager")).isChecked();
        form.next();

        // Their own call-back pages in plain words (issue 11), not the adult ones.
        form.on("Who are you?").choose("I am the young person it is about, or a care leaver").next();
        form.on("Are you, or another child, in danger right now?").choose("No").next();
        form.on("What is your name?").fill("What is your name?", "Riley Brown").next();
        form.on("What number should we call?").fill("What number should we call?", "+44 808 157 0192").next();
        form.on("Which days can we call you?").tick("Friday").next();
        form.on("What time is best?").choose("Afternoon (12:30pm to 5pm)").next();
        form.on("What do you want to talk about?").fill("What do you want to talk about?", "My pathway plan.").next();
        form.on("Would you like an advocate to help you?").choose("No, thank you").next();

        form.on("Check your answers before sending");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Ask for a call back from a manager");
        form.button("Send").click();

        form.on("We have got your message");
        assertThat(page.getByText(Form.REFERENCE)).hasCount(1);
        assertThat(page.getByText("Someone will call you by " + dueDate(DeadlineKind.CALLBACK) + ".")).isVisible();
    }
}
