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
 * Issue 21 in a real browser, found by role and accessible name, axe at 1280 and 320 px on every new page and state:
 * the kind of an enquiry chosen at staff intake, shown on the case page and corrected; equality answers given on the
 * phone, recorded only with the person's consent.
 */
@MicronautTest(transactional = false)
class EnquiryAndEqualityBrowserTest extends StaffBrowser {
    private static final LocalDate RECEIVED = LocalDate.now(ZoneId.of("Europe/London")).minusDays(2);

    @Test
    void anOmbudsmanEnquiryByPhoneIsRecordedAndItsKindCorrected() {
        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        click(AriaRole.LINK, "Enter a case received another way");
        firstPage("Enquiry", "Phone", RECEIVED);
        click(AriaRole.BUTTON, "Continue");
        heading("Details of the case");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The kind of enquiry"))).isVisible();
        axeAtBothWidths("Details of the case", "enquiry");
        click(AriaRole.BUTTON, "Enter the case");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the kind of enquiry");
        axeAtBothWidths("Details of the case", "enquiry, error");
        page.getByLabel("The message").fill("The Ombudsman asks whether the complaint went through our procedure.");
        choose("What kind of enquiry is it?", "Ombudsman enquiry");
        page.getByLabel("Full name", new Page.GetByLabelOptions().setExact(true)).fill("Pat Assessor");
        page.getByLabel("Phone number").fill("07700 900789");
        choose("How would the person like to be contacted?", "Phone");
        click(AriaRole.BUTTON, "Enter the case");
        assertThat(page.getByText("The case has been entered and triaged.")).isVisible();
        assertThat(page.getByText("Ombudsman enquiry", new Page.GetByTextOptions().setExact(true))).isVisible();
        axeAtBothWidths("Case", "an enquiry with its kind");

        click(AriaRole.BUTTON, "Correct the kind of enquiry");
        heading("Correct the kind of enquiry");
        assertThat(group("What kind of enquiry is it?").getByLabel("Ombudsman enquiry")).isChecked();
        axeAtBothWidths("Correct the kind of enquiry", "normal");
        choose("What kind of enquiry is it?", "Pre-complaint (resolved before a formal complaint)");
        click(AriaRole.BUTTON, "Save the kind of enquiry");
        assertThat(page.getByText("The kind of enquiry has been saved and the change kept on the timeline.")).isVisible();
        assertThat(page.getByText("Kind of enquiry changed from Ombudsman enquiry to Pre-complaint (resolved before a formal complaint)"))
                .isVisible();
    }

    @Test
    void equalityAnswersGivenOnThePhoneNeedTheirConsent() {
        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        click(AriaRole.LINK, "Enter a case received another way");
        firstPage("Complaint", "Phone", RECEIVED);
        choose("Who is it from?", "A parent, or someone with parental responsibility");
        click(AriaRole.BUTTON, "Continue");
        heading("Details of the case");
        assertThat(page.getByText("Ask these questions only if the person agrees to answer them")).isVisible();
        choose("Does the person think a child is at risk of harm right now?", "No");
        page.getByLabel("Child’s full name").fill("Sam Phone");
        page.getByLabel("Child’s age, if their date of birth is not known").fill("9");
        choose("Does the person have parental responsibility?", "Yes");
        page.getByLabel("Children in care").check();
        page.getByLabel("What happened?").fill("Nobody has called back about the placement.");
        page.getByLabel("It is still happening").check();
        page.getByLabel("Nature of issue 1").selectOption(new SelectOption().setLabel("Delay"));
        page.getByLabel("An apology").check();
        choose("Is this part of a court case?", "No");
        choose("Has the person already raised this with the team?", "Yes");
        page.getByLabel("Full name", new Page.GetByLabelOptions().setExact(true)).fill("Alex Phone");
        page.getByLabel("Phone number").fill("07700 900321");
        choose("How would the person like to be contacted?", "Phone");
        choose("Their age", "35 to 44");
        choose("Their gender", "Woman");
        click(AriaRole.BUTTON, "Enter the case");
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Tick that the person agreed to answer the equality questions, or clear their answers");
        axeAtBothWidths("Details of the case", "complaint, equality answers without consent");
        assertThat(group("Their age").getByLabel("35 to 44")).isChecked();
        page.getByLabel("The person agreed to answer the equality monitoring questions").check();
        click(AriaRole.BUTTON, "Enter the case");
        assertThat(page.getByText("The case has been entered and triaged.")).isVisible();
        assertThat(page.getByText("35 to 44")).hasCount(0);
    }
}
