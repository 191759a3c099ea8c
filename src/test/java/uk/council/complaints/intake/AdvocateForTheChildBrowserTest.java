package uk.council.complaints.intake;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** "Would you like an advocate for the child?" asked of a parent, on a 320 px phone: its normal and error states. */
@MicronautTest(transactional = false)
class AdvocateForTheChildBrowserTest extends BrowserTest {

    @Test
    @Mobile
    void aParentIsAskedAboutAnAdvocateForTheChildOnAPhone() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("A parent, or someone with parental responsibility").next();
        form.on("Do you think a child is at risk of harm right now?").choose("No").next();
        form.on("About the child").fill("Child’s full name", "Sam Taylor")
                .fill("Child’s age, if you do not know their date of birth", "9").next();
        form.noOtherChild();
        form.on("Do you have parental responsibility for the child?").choose("Yes").next();
        form.on("Would you rather speak to a manager on the phone instead of making a formal complaint?")
                .choose("No, I want to make a formal complaint").next();
        form.on("Which service is this about?").choose("Children in care").next();
        form.on("What happened").fill("What happened?", "Visits stopped.").tick("It is still happening").next();
        form.on("What would put it right?").tick("An apology").next();
        form.on("Is this part of a court case?").choose("No").next();
        form.on("Have you already raised this with the team?").choose("No").next();
        form.on("Would you like an advocate for the child?")
                .nextWithErrors("Would you like an advocate for the child?", "Select if you would like an advocate for the child");
        assertThat(form.link("Read the advocacy leaflet (opens in a new tab)")).isVisible();
        form.choose("Yes, ask an advocate to contact the child").next();
        form.on("Your contact details");
    }
}
