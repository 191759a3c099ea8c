package uk.council.complaints.intake;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.council.complaints.support.Form.exact;

@MicronautTest(transactional = false)
class ComplaintJourneyBrowserTest extends BrowserTest {

    @Test
    void parentMakesAComplaintChangesAnAnswerAndGetsAReferenceAndADueDate() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("A parent, or someone with parental responsibility").next();
        form.on("Do you think a child is at risk of harm right now?").choose("No").next();
        form.on("About the child")
                .fill("Child’s full name", "Sam Taylor")
                .date("Child’s date of birth", "14", "3", "2015")
                .fill("Child’s address, if it is different from yours (optional)", "2 Mill Lane\nNorthfield NF2 2BB")
                .next();
        form.noOtherChild();
        form.on("Do you have parental responsibility for the child?").choose("Yes").next();
        form.on("Would you rather speak to a manager on the phone instead of making a formal complaint?")
                .choose("No, I want to make a formal complaint").next();
        form.on("Which service is this about?").choose("Children in care")
                .fill("Name of the worker, if it is about a worker (optional)", "Jo Bloggs").next();
        form.on("What happened")
                .fill("What happened?", "Nobody told us about the change of placement until the day it happened.")
                .date("When did it happen?", "2", "9", "2025")
                .tick("It is still happening")
                .next();
        form.on("What would put it right?").tick("An apology").tick("An explanation")
                .fill("Tell us more about what would put it right", "A meeting with the team manager.").next();
        form.on("Is this part of a court case?").choose("No").next();
        form.on("Have you already raised this with the team?").choose("Yes").next();
        form.on("Would you like an advocate for the child?");
        assertThat(form.link("Read the advocacy leaflet (opens in a new tab)")).isVisible();
        form.choose("Yes, ask an advocate to contact the child").next();
        form.on("Your contact details")
                .fill("Full name", "Alex Taylor")
                .fill("Email address", "alex.taylor@example.com")
                .fill("Phone number", "07700 900 982")
                .fill("Postal address", "1 High Street\nNorthfield NF1 1AB")
                .choose("Email").next();
        form.on("Help to communicate with us").tick("Large print").next();
        form.on("Equality monitoring (optional)")
                .choose("Your age", "35 to 44")
                .choose("Your gender", "Prefer not to say")
                .choose("Do you consider yourself to have a disability?", "No")
                .choose("Your ethnic group", "White")
                .choose("Your sexual orientation", "Prefer not to say").next();

        form.on("Check your answers before sending");
        var main = page.getByRole(AriaRole.MAIN);
        assertThat(main).containsText("Sam Taylor");
        assertThat(main).containsText("14 March 2015");
        assertThat(main).containsText("2 September 2025");
        assertThat(main).containsText("Children in care");
        assertThat(main).containsText("Yes, ask an advocate to contact the child");
        form.link("Change which service is it about?").click();

        form.on("Which service is this about?");
        assertThat(form.radio("Children in care")).isChecked();
        assertThat(form.link("Back")).hasAttribute("href", "/form/check");
        form.choose("Fostering").next();

        form.on("Check your answers before sending");
        assertThat(main).containsText("Fostering");
        assertThat(main).not().containsText("Children in care");
        form.button("Send").click();

        form.on("Complaint sent");
        form.reference();
        assertThat(page.getByText("We will send a copy of your reference and what happens next to your email address."))
                .isVisible();
        assertThat(page.getByText("We will contact you to say we have received this by "
                + dueDate(DeadlineKind.ACKNOWLEDGE) + ".")).isVisible();
        assertThat(page.getByText("You should get a full answer to your complaint by "
                + dueDate(DeadlineKind.STAGE1) + ".")).isVisible();
    }

    @Test
    @WithoutJavaScript
    void youngPersonAtRiskComplainsWithJavaScriptTurnedOff() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("I am the young person it is about, or a care leaver").next();
        form.on("Are you, or another child, in danger right now?").choose("Yes").next();

        form.on("What is your name?");
        assertThat(page.getByRole(AriaRole.HEADING, exact("If a child is at risk right now"))).isVisible();
        form.fill("What is your name?", "Jamie Fox").next();
        form.on("How should we get in touch with you?").choose("Contact me").next();
        form.on("How can we contact you?").nextWithErrors("How can we contact you?", "Give us a phone number or an email address");
        form.fill("Email address", "jamie@example.com").next();
        form.on("Tell us what is wrong").fill("Tell us what is wrong", "My placement was changed without asking me.").next();
        form.on("What do you want to change?").fill("What do you want to change?", "To be asked first.").next();
        form.on("Would you like an advocate to help you?").choose("Yes, I would like an advocate to contact me").next();
        form.on("Check your answers before sending").button("Send").click();

        form.on("We have got your message");
        assertThat(page.getByText(Form.REFERENCE)).hasCount(1);
        assertThat(page.getByRole(AriaRole.HEADING, exact("If a child is at risk right now"))).isVisible();
        assertThat(page.getByText("We will tell you what we are going to do by "
                + dueDate(DeadlineKind.STAGE1) + ".")).isVisible();
    }
}
