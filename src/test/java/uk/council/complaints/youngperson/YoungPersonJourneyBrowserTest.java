package uk.council.complaints.youngperson;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The young person's own route, and the advocate's, as a person uses them: by role and accessible name. */
@MicronautTest(transactional = false)
class YoungPersonJourneyBrowserTest extends BrowserTest {

    /** From the start page's link to the young person's start page, up to how to reach them. */
    private Form startAsYoungPerson() {
        Form form = form().openStartPage();
        form.link("Use the young person’s form").click();
        form.on(SafetyFirstBrowserTest.YP_START);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("You will not get in trouble for complaining.");
        form.button("Start").click();
        form.on("Are you, or another child, in danger right now?").choose("No").next();
        form.on("What is your name?").fill("What is your name?", "Jo Example").next();
        return form;
    }

    @Test
    void aYoungPersonReachedThroughTheirSocialWorkerAsksForAnAdvocate() {
        Form form = startAsYoungPerson();
        form.on("How should we get in touch with you?").choose("Through my social worker").next();
        form.on("Who should we contact?").fill("Their name", "Pat Worker")
                .fill("Their phone number or email address", "pat.worker@council.example").next();
        form.on("Tell us what is wrong").fill("Tell us what is wrong", "I have not seen my brother for months.").next();
        form.on("What do you want to change?").fill("What do you want to change?", "I want to see him every week.").next();
        form.on("Would you like an advocate to help you?");
        assertThat(form.link("Read the advocacy leaflet (opens in a new tab)")).isVisible();
        form.choose("Yes, I would like an advocate to contact me").next();

        form.on("Check your answers before sending");
        form.button("Send").click();
        form.on("We have got your message");
        assertThat(page.getByText(Form.REFERENCE)).hasCount(1);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("You asked for an advocate.");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("We will contact the person you told us about.");
        assertThat(form.link("Download the leaflet (PDF)")).isVisible();
    }

    @Test
    @Mobile
    void aYoungPersonOnAPhoneWhoDoesNotWantAnAdvocateGivesTheirOwnNumber() {
        Form form = startAsYoungPerson();
        form.on("How should we get in touch with you?").choose("Contact me").next();
        form.on("How can we contact you?").fill("Phone number", "07700 900982").next();
        form.on("Tell us what is wrong").fill("Tell us what is wrong", "My carer reads my messages.").next();
        form.on("What do you want to change?").fill("What do you want to change?", "Some privacy.").next();
        form.on("Would you like an advocate to help you?").choose("No, thank you").next();
        form.on("Check your answers before sending");
        form.button("Send").click();
        form.on("We have got your message");
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("You asked for an advocate.");
    }

    @Test
    void eachYoungPersonPageExplainsWhatIsMissingInPlainWords() {
        Form form = form().openStartPage();
        form.link("Use the young person’s form").click();
        form.on(SafetyFirstBrowserTest.YP_START).button("Start").click();
        form.on("Are you, or another child, in danger right now?")
                .nextWithErrors("Are you, or another child, in danger right now?",
                        "Choose yes if you or another child are in danger right now");
        form.choose("Yes").next();
        form.on("What is your name?");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("If a child is in immediate danger, call 999.");
        form.nextWithErrors("What is your name?", "Tell us your name");
        form.fill("What is your name?", "Sam").next();
        form.on("How should we get in touch with you?")
                .nextWithErrors("How should we get in touch with you?", "Choose how we should get in touch with you");
        form.choose("Contact me").next();
        form.on("How can we contact you?").nextWithErrors("How can we contact you?", "Give us a phone number or an email address");
        form.fill("Email address", "sam@example").nextWithErrors("How can we contact you?",
                "Check your email address. It should look like name@example.com");
        form.fill("Email address", "sam@example.org").next();
        form.on("Tell us what is wrong").nextWithErrors("Tell us what is wrong", "Tell us what is wrong");
        form.fill("Tell us what is wrong", "x").next();
        form.on("What do you want to change?").nextWithErrors("What do you want to change?", "Tell us what you want to change");
        form.fill("What do you want to change?", "y").next();
        form.on("Would you like an advocate to help you?")
                .nextWithErrors("Would you like an advocate to help you?", "Choose if you would like an advocate");
    }

    @Test
    void theHelpersDetailsAreNeededWhenTheYoungPersonIsReachedThroughThem() {
        Form form = startAsYoungPerson();
        form.on("How should we get in touch with you?").choose("Through my carer").next();
        form.on("Who should we contact?").nextWithErrors("Who should we contact?", "Tell us their name",
                "Tell us their phone number or email address");
        form.fill("Their name", "Chris Carer").nextWithErrors("Who should we contact?",
                "Tell us their phone number or email address");
        assertThat(form.field("Their name")).hasValue("Chris Carer");
    }

    @Test
    void anAdvocateFilingForAChildIsShownTheLeaflet() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("An advocate for a child or young person").next();
        form.on("Do you think a child is at risk of harm right now?").choose("No").next();
        form.on("About the child").fill("Child’s full name", "Robin Example").fill("Child’s age, if you do not know their date of birth", "14").next();
        form.noOtherChild();
        form.on("About your advocacy").fill("Which organisation are you from?", "Northfield Young People’s Advocacy")
                .choose("Does the child know about this complaint and agree to it?", "Yes")
                .fill("The child’s own words (optional)", "I want to go back to my old school.");
        assertThat(form.link("Read the advocacy leaflet (opens in a new tab)")).isVisible();
        form.next();
        form.on("Would you rather speak to a manager on the phone instead of making a formal complaint?")
                .choose("No, I want to make a formal complaint").next();
        form.on("Which service is this about?").choose("Children in care").next();
        form.on("What happened").fill("What happened?", "The placement move was not discussed with Robin.")
                .date("When did it happen?", "3", "9", "2026").next();
        form.on("What would put it right?").tick("A meeting").next();
        form.on("Is this part of a court case?").choose("No").next();
        form.on("Have you already raised this with the team?").choose("No").next();
        form.on("Would you like an advocate for the child?").choose("The child already has an advocate").next();
        form.on("Your contact details").fill("Full name", "Alex Advocate").fill("Email address", "alex@advocacy.example")
                .choose("Email").next();
        form.on("Help to communicate with us").next();
        form.on("Equality monitoring (optional)").next();
        form.on("Check your answers before sending");
        form.button("Send").click();
        form.on("Complaint sent");
        assertThat(form.link("Download the leaflet (PDF)")).isVisible();
    }

    @Test
    @Mobile
    void theLeafletPageFitsAPhoneScreen() {
        page.navigate("/advocacy");
        Form form = form().on("Getting an advocate");
        assertThat(page.getByRole(AriaRole.HEADING, Form.exact("How to get an advocate"))).isVisible();
        assertThat(form.link("Download this leaflet as a PDF")).isVisible();
    }
}
