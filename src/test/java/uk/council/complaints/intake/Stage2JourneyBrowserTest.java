package uk.council.complaints.intake;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@MicronautTest(transactional = false)
class Stage2JourneyBrowserTest extends BrowserTest {

    @Test
    void advocateWithoutTheReferenceAsksForStage2ForAnotherReason() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Ask for a complaint to go to the next stage").next();
        form.on("Your earlier complaint").tick("I do not have the reference").next();
        form.on("Who are you?").choose("An advocate for a child or young person").next();
        form.on("About the child").fill("Child’s full name", "Morgan Hill")
                .date("Child’s date of birth", "1", "12", "2010").next();
        form.noOtherChild();
        form.on("About your advocacy")
                .fill("Which organisation are you from?", "Northfield Advocacy Service")
                .choose("Does the child know about this complaint and agree to it?", "Yes")
                .fill("The child’s own words (optional)", "I want someone to listen to me.").next();
        form.on("How was your complaint answered?").tick("By email or letter").tick("Another way")
                .fill("If another way, tell us how", "A text message from the team").next();
        form.on("Why do you want your complaint to go to the next stage?").choose("Another reason")
                .fill("If another reason, tell us what it is", "The answer came after 3 months").next();
        form.on("What do you want to happen now?")
                .fill("What do you want to happen now?", "An independent investigation.").next();
        form.on("Your contact details").fill("Full name", "Dana White")
                .fill("Email address", "dana@advocacy.example").choose("Email").next();
        form.on("Help to communicate with us").tick("An interpreter")
                .fill("If you need an interpreter, which language?", "Polish").next();
        form.on("Equality monitoring (optional)").next();

        form.on("Check your answers before sending");
        var main = page.getByRole(AriaRole.MAIN);
        assertThat(main).containsText("I do not have the reference");
        assertThat(main).containsText("Another way");
        assertThat(main).containsText("The answer came after 3 months");
        assertThat(main).containsText("Polish");
        form.button("Send").click();

        form.on("Request sent");
        form.reference();
        assertThat(page.getByText("We aim to finish it by " + dueDate(DeadlineKind.STAGE2) + ".")).isVisible();
    }

    @Test
    void youngPersonWithTheReferenceAsksForStage2() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Ask for a complaint to go to the next stage").next();
        form.on("Your earlier complaint").fill("Complaint reference", "KD7M-3PQX").next();
        form.on("Who are you?").choose("I am the young person it is about, or a care leaver").next();
        form.on("How was your complaint answered?").tick("In a meeting, face to face or online").next();
        form.on("Why do you want your complaint to go to the next stage?")
                .choose("I want to go to the Ombudsman and must finish the complaints process first").next();
        form.on("What do you want to happen now?")
                .fill("What do you want to happen now?", "A Stage 2 investigation.").next();
        form.on("Your contact details").fill("Full name", "Sky Patel")
                .fill("Phone number", "01632 960 001").choose("Phone").next();
        form.on("Help to communicate with us").next();
        form.on("Equality monitoring (optional)").choose("Your age", "Under 18").next();

        form.on("Check your answers before sending");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("KD7M-3PQX");
        form.button("Send").click();

        form.on("Request sent");
        form.reference();
    }
}
