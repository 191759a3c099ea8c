package uk.council.complaints.staff;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Ombudsman form, learning actions and the letter to print (issue 10) in a real browser, by role and accessible
 * name, each page and state scanned with axe at desktop width and at 320 px.
 */
@MicronautTest(transactional = false)
class CaseRecordBrowserTest extends StaffBrowser {

    @Test
    void anOmbudsmanCaseIsAddedAndDecidedThroughItsForms() {
        String reference = StaffFixtures.complaint(ctx);
        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        page.navigate("/staff/cases/" + reference);
        click(AriaRole.BUTTON, "Add an Ombudsman case");
        heading("Add an Ombudsman case");
        axeBothWidths("Add an Ombudsman case", "normal");
        click(AriaRole.BUTTON, "Add the Ombudsman case");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the LGSCO reference");
        axeBothWidths("Add an Ombudsman case", "error");
        page.getByLabel("LGSCO reference").fill("24 001 234");
        date("Date the Ombudsman received the complaint", LocalDate.of(2026, 3, 2));
        click(AriaRole.BUTTON, "Add the Ombudsman case");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("LGSCO case 24 001 234"))).isVisible();

        click(AriaRole.BUTTON, "Record the Ombudsman’s decision");
        heading("Record the Ombudsman’s decision");
        axeBothWidths("Record the Ombudsman’s decision", "normal");
        date("Date of the decision", LocalDate.of(2026, 5, 1));
        page.getByLabel("Investigated").check();
        page.getByLabel("Payment (optional)").fill("250 pounds");
        click(AriaRole.BUTTON, "Save the decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the fault the Ombudsman found");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the payment in pounds and pence");
        assertThat(page.getByLabel("Payment (optional)")).hasValue("250 pounds");
        axeBothWidths("Record the Ombudsman’s decision", "error");
        page.getByLabel("Fault causing injustice").check();
        page.getByLabel("Payment (optional)").fill("£250");
        click(AriaRole.BUTTON, "Save the decision");
        assertThat(page.getByText("£250.00").first()).isVisible();

        click(AriaRole.BUTTON, "Add a recommendation");
        heading("Add an Ombudsman recommendation");
        axeBothWidths("Add an Ombudsman recommendation", "normal");
        page.getByLabel("What the Ombudsman recommends").fill("Apologise in writing.");
        date("Date it is due", LocalDate.of(2026, 6, 1));
        click(AriaRole.BUTTON, "Add the recommendation");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Recommendations: LGSCO case 24 001 234")))
                .containsText("Overdue");
        axeBothWidths("Case", "with an Ombudsman case, a recommendation overdue");
    }

    @Test
    void aLearningActionIsAddedThenMarkedDone() {
        String reference = StaffFixtures.complaint(ctx);
        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        page.navigate("/staff/cases/" + reference);
        click(AriaRole.BUTTON, "Add a learning action");
        heading("Add a learning action");
        axeBothWidths("Add a learning action", "normal");
        click(AriaRole.BUTTON, "Add the learning action");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the team that owns the action");
        axeBothWidths("Add a learning action", "error");
        page.getByLabel("What will change").fill("Visits checked monthly by the team manager.");
        page.getByLabel("Children in Care and Care Leavers").check();
        date("Date it is due", LocalDate.of(2026, 1, 5));
        click(AriaRole.BUTTON, "Add the learning action");
        Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("What will change because of this case"));
        assertThat(table).containsText("Overdue");
        axeBothWidths("Case", "with a learning action overdue");
        table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mark as done")).click();
        heading("Mark the learning action as done");
        axeBothWidths("Mark the learning action as done", "normal");
        date("Date it was done", LocalDate.of(2026, 2, 3));
        click(AriaRole.BUTTON, "Save");
        assertThat(table).containsText("3 February 2026");
        assertThat(table).not().containsText("Overdue");
    }

    @Test
    void theLetterPagePrintsOnlyTheLetter() {
        String reference = StaffFixtures.complaint(ctx);
        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        page.navigate("/staff/cases/" + reference);
        click(AriaRole.BUTTON, "Record the response");
        page.getByLabel("Written response").check();
        page.getByLabel("Not upheld").check();
        page.getByLabel("Explanation", new Page.GetByLabelOptions().setExact(true)).check();
        click(AriaRole.BUTTON, "Save the response");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Letter: response")).click();
        heading("Letter: response");
        assertThat(page.getByRole(AriaRole.ARTICLE)).containsText("You can ask for Stage 2 until");
        axeBothWidths("Letter", "response");

        String css = new FormClient(server.getURI()).get(page.locator("link[rel=stylesheet][href*=staff]").getAttribute("href")).body();
        assertTrue(css.contains("@media print"), "a print stylesheet");
        Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"));
        assertThat(navigation).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(navigation).isHidden();
        assertThat(page.getByRole(AriaRole.BANNER)).isHidden();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the case"))).isHidden();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Letter: response").setLevel(1))).isHidden();
        assertThat(page.getByRole(AriaRole.ARTICLE)).isVisible();
        assertThat(page.getByRole(AriaRole.ARTICLE)).containsText(reference);
    }

    private void date(String legend, LocalDate date) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
        group.getByLabel("Day").fill(String.valueOf(date.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(date.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(date.getYear()));
    }

    private void axeBothWidths(String pageName, String state) {
        StaffAxe.check(page, pageName, state);
        page.setViewportSize(320, 640);
        StaffAxe.check(page, pageName, state + ", 320 px wide");
        page.setViewportSize(1280, 900);
    }
}
