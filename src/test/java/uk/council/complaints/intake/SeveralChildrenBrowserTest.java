package uk.council.complaints.intake;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.Axe;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.council.complaints.support.Form.exact;

/**
 * Several children (docs/adr/0017-several-children.md) as a parent uses it, at desktop, on a 320 px phone and with
 * JavaScript off: add a second child, change it, add a third and remove it, send; every page scanned with axe.
 */
@MicronautTest(transactional = false)
class SeveralChildrenBrowserTest extends BrowserTest {
    private static final String ANOTHER = "Do you need to add another child?";
    private static final String AGE = "Child’s age, if you do not know their date of birth";

    @Test
    void aParentComplainsAboutTwoChildrenAndStaffSeeBoth() {
        String reference = complainAboutTwoChildren();
        StaffMember officer = StaffFixtures.user(server.getApplicationContext(), StaffRole.OFFICER);
        page.navigate("/staff/sign-in");
        page.getByLabel("Email address").fill(officer.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, exact("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Queue").setLevel(1))).isVisible();
        page.navigate("/staff/cases/" + reference);
        var answers = page.getByRole(AriaRole.MAIN);
        assertThat(answers).containsText("Child 1");
        assertThat(answers).containsText("Sam Taylor");
        assertThat(answers).containsText("Child 2");
        assertThat(answers).containsText("Alex Taylor");
        assertThat(answers).not().containsText("Kim Taylor");
        Axe.check(page, "Staff case page with two children", "normal");
    }

    @Test
    @Mobile
    void aParentAddsChangesAndRemovesChildrenOnAPhone() {
        complainAboutTwoChildren();
    }

    @Test
    @WithoutJavaScript
    void aParentAddsChangesAndRemovesChildrenWithJavaScriptOff() {
        complainAboutTwoChildren();
    }

    @Test
    void anAdvocateForTwoChildrenIsAskedAboutTheChildren() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("An advocate for a child or young person").next();
        form.on("Do you think a child is at risk of harm right now?").choose("No").next();
        form.on("About the child").fill("Child’s full name", "Sam Taylor").fill(AGE, "9").next();
        form.on("You have added 1 child").choose(ANOTHER, "Yes").next();
        form.on("About child 2").fill("Child’s full name", "Alex Taylor").fill(AGE, "5").next();
        form.on("You have added 2 children").choose(ANOTHER, "No").next();
        form.on("About your advocacy").fill("Which organisation are you from?", "Northfield Advocacy")
                .nextWithErrors("About your advocacy", "Select if the children know about this complaint and agree to it");
        assertThat(form.radio("Do the children know about this complaint and agree to it?", "The children cannot say"))
                .isVisible();
        assertThat(form.field("The children’s own words (optional)"))
                .hasAccessibleDescription(Pattern.compile("What the children want us to know, in their words\\.$"));
        form.axeAtPhoneWidth("About your advocacy", "error");
    }

    /** The whole complaint, about Sam and Alex; Kim is added and removed on the way. Its reference. */
    private String complainAboutTwoChildren() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("A parent, or someone with parental responsibility").next();
        form.on("Do you think a child is at risk of harm right now?").choose("No").next();
        form.on("About the child").fill("Child’s full name", "Sam Taylor")
                .date("Child’s date of birth", "14", "3", "2015").next();

        form.on("You have added 1 child");
        assertThat(form.button("Remove Sam Taylor")).hasCount(0);
        form.choose(ANOTHER, "Yes").next();
        form.on("About child 2");
        assertThat(form.field("Child’s full name")).hasValue("");
        assertThat(form.link("Back")).hasAttribute("href", "/form/children");
        form.fill("Child’s full name", "Alex Example").fill("Child’s age, if you do not know their date of birth", "4").next();

        form.on("You have added 2 children");
        form.link("Change Alex Example").click();
        form.on("About child 2");
        assertThat(form.field("Child’s age, if you do not know their date of birth")).hasValue("4");
        form.fill("Child’s full name", "Alex Taylor").fill("Child’s age, if you do not know their date of birth", "")
                .nextWithErrors("About child 2", "Enter the child’s date of birth, or their age if you do not know it");
        assertThat(form.field("Child’s full name")).hasValue("Alex Taylor");
        form.fill("Child’s age, if you do not know their date of birth", "5").next();

        form.on("You have added 2 children").choose(ANOTHER, "Yes").next();
        form.on("About child 3").fill("Child’s full name", "Kim Taylor")
                .fill("Child’s age, if you do not know their date of birth", "2").next();
        form.on("You have added 3 children");
        form.button("Remove Kim Taylor").click();
        form.on("You have added 2 children");
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("Kim Taylor");
        form.nextWithErrors("You have added 2 children", "Select yes if you need to add another child");
        form.choose(ANOTHER, "No").next();

        // Several children (issue 27): the later questions say "the children".
        String responsibility = "Do you have parental responsibility for the children?";
        form.on(responsibility).nextWithErrors(responsibility,
                "Select if you have parental responsibility for the children");
        form.choose("Yes").next();
        form.on("Would you rather speak to a manager on the phone instead of making a formal complaint?")
                .choose("No, I want to make a formal complaint").next();
        form.on("Which service is this about?").choose("Children in care").next();
        form.on("What happened").fill("What happened?", "Visits stopped for both children.")
                .tick("It is still happening").next();
        form.on("What would put it right?").tick("An apology").next();
        form.on("Is this part of a court case?").choose("No").next();
        form.on("Have you already raised this with the team?").choose("No").next();
        form.on("Would you like an advocate for the children?").nextWithErrors(
                "Would you like an advocate for the children?", "Select if you would like an advocate for the children");
        assertThat(form.radio("Yes, ask an advocate to contact the children")).isVisible();
        assertThat(form.radio("The children already have an advocate")).isVisible();
        form.choose("No, thank you").next();
        form.on("Your contact details").fill("Full name", "Jo Taylor").fill("Email address", "jo.taylor@example.com")
                .choose("Email").next();
        form.on("Help to communicate with us").next();
        form.on("Equality monitoring (optional)").next();

        form.on("Check your answers before sending");
        var main = page.getByRole(AriaRole.MAIN);
        assertThat(main).containsText("Sam Taylor");
        assertThat(main).containsText("Alex Taylor");
        assertThat(main).containsText(responsibility);
        assertThat(main).containsText("Would you like an advocate for the children?");
        assertThat(main).not().containsText("the child?");
        assertThat(form.link("Change child 2: child’s full name")).hasAttribute("href",
                "/form/about-the-child?child=2&change=yes");
        form.button("Send").click();
        form.on("Complaint sent");
        return form.reference();
    }
}
