package uk.council.complaints.staff;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff intake and issues (issue 10) in a real browser, found by role and accessible name, with axe on every new
 * page and state at desktop width and at 320 px.
 */
@MicronautTest(transactional = false)
class StaffIntakeBrowserTest extends StaffBrowser {
    private static final LocalDate RECEIVED = LocalDate.now(ZoneId.of("Europe/London")).minusDays(3);

    @Test
    void aLetterComplaintWithTwoIssuesEnteredEndToEnd() {
        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        click(AriaRole.LINK, "Enter a case received another way");
        heading("Enter a case received another way");
        axe("Enter a case received another way", "normal");
        click(AriaRole.BUTTON, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what was received");
        axe("Enter a case received another way", "error");
        firstPage("Complaint", "Letter", RECEIVED);
        choose("Who is it from?", "A parent, or someone with parental responsibility");
        click(AriaRole.BUTTON, "Continue");

        heading("Details of the case");
        axe("Details of the case", "complaint");
        click(AriaRole.BUTTON, "Enter the case");
        assertThat(page.locator(".govuk-error-summary")).containsText("Record at least one issue");
        axe("Details of the case", "complaint, error");
        choose("Does the person think a child is at risk of harm right now?", "No");
        page.getByLabel("Child’s full name").fill("Sam Letter");
        page.getByLabel("Child’s age, if their date of birth is not known").fill("9");
        choose("Does the person have parental responsibility?", "Yes");
        page.getByLabel("Children in care").check();
        page.getByLabel("What happened?").fill("Nobody has visited since October and my letters are unanswered.");
        page.getByLabel("It is still happening").check();
        page.getByLabel("Nature of issue 1").selectOption(new SelectOption().setLabel("Delay"));
        page.getByLabel("Summary of issue 1 (optional)").fill("No visit since October");
        page.getByLabel("Nature of issue 2").selectOption(new SelectOption().setLabel("Poor communication"));
        page.getByLabel("An apology").check();
        choose("Is this part of a court case?", "No");
        choose("Has the person already raised this with the team?", "Yes");
        page.getByLabel("Full name", new Page.GetByLabelOptions().setExact(true)).fill("Alex Letter");
        page.getByLabel("Email address").fill("alex.letter@example.org");
        choose("How would the person like to be contacted?", "Email");
        // A second child: one more section, everything typed kept; axe on that state at both widths.
        click(AriaRole.BUTTON, "Add another child");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Child 2"))).isVisible();
        assertThat(page.getByLabel("Email address")).hasValue("alex.letter@example.org");
        axeAtBothWidths("Details of the case", "complaint, a second child's section");
        // Its own labels, not the first child's again: a screen reader in forms mode hears the label alone.
        page.getByLabel("Child 2: Child’s full name", new Page.GetByLabelOptions().setExact(true)).fill("Kim Letter");
        page.getByLabel("Child 2: Child’s age, if their date of birth is not known",
                new Page.GetByLabelOptions().setExact(true)).fill("4");
        // Enter in a field enters the case (the form's default button), not "Add another child".
        page.getByLabel("Full name", new Page.GetByLabelOptions().setExact(true)).press("Enter");

        assertThat(page.getByText("The case has been entered and triaged.")).isVisible();
        assertThat(page.getByText("Kim Letter").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText("1. Delay: No visit since October"))).isVisible();
        assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText("2. Poor communication"))).isVisible();
        assertThat(page.getByText("How it arrived: Letter.")).isVisible();
        axe("Case", "entered by staff, with its issues");

        click(AriaRole.BUTTON, "Record the issues");
        heading("Record the issues");
        axe("Record the issues", "normal");
        page.getByLabel("Nature of issue 1").selectOption(new SelectOption().setLabel("Choose a nature"));
        click(AriaRole.BUTTON, "Save the issues");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the nature of issue 1, or clear its summary");
        axe("Record the issues", "error");
        page.getByLabel("Nature of issue 1").selectOption(new SelectOption().setLabel("Assessment process"));
        click(AriaRole.BUTTON, "Save the issues");
        assertThat(page.getByText("The issues have been recorded.")).isVisible();
        assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText("1. Assessment process: No visit since October"))).isVisible();
    }

    @Test
    void aComplimentLoggedByStaffOnAPhone() {
        page.setViewportSize(320, 640);
        String online = StaffFixtures.complaint(ctx);
        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        click(AriaRole.LINK, "Enter a case received another way");
        axe("Enter a case received another way", "320 px wide");
        page.getByLabel("Day").fill("40");
        click(AriaRole.BUTTON, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("The date received must include a month");
        axe("Enter a case received another way", "error, 320 px wide");
        firstPage("Compliment", "Phone", RECEIVED);
        click(AriaRole.BUTTON, "Continue");
        heading("Details of the case");
        axe("Details of the case", "compliment, 320 px wide");
        click(AriaRole.BUTTON, "Enter the case");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the team or service it is about");
        axe("Details of the case", "compliment, error, 320 px wide");
        page.getByLabel("The message").fill("The fostering team were wonderful over the holidays.");
        page.getByLabel("Children in Care and Care Leavers").check();
        page.getByLabel("Carer", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Full name", new Page.GetByLabelOptions().setExact(true)).fill("Jo Carer");
        page.getByLabel("Phone number").fill("07700 900456");
        choose("How would the person like to be contacted?", "Phone");
        click(AriaRole.BUTTON, "Enter the case");
        assertThat(page.getByText("The case has been entered and triaged.")).isVisible();
        assertThat(page.getByText("Children in Care and Care Leavers")).isVisible();
        axe("Case", "compliment entered by staff, 320 px wide");

        page.navigate("/staff/cases/" + online + "/issues");
        heading("Record the issues");
        axe("Record the issues", "320 px wide");
        click(AriaRole.BUTTON, "Save the issues");
        assertThat(page.locator(".govuk-error-summary")).containsText("Record at least one issue");
        axe("Record the issues", "error, 320 px wide");
    }
}
