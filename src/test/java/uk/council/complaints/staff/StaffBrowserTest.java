package uk.council.complaints.staff;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The team's journeys in a real browser, found by role and accessible name, with axe on every page and state. */
@MicronautTest(transactional = false)
class StaffBrowserTest extends StaffBrowser {

    @Test
    void signInFindACaseThroughTheFiltersAndWorkItFromAcknowledgedToClosed() {
        page.navigate("/staff/queue");
        heading("Sign in");
        axe("Sign in", "normal");
        click(AriaRole.BUTTON, "Sign in");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your email address");
        axe("Sign in", "error");

        String reference = StaffFixtures.complaint(ctx);
        StaffFixtures.callback(ctx);
        signIn(StaffFixtures.user(ctx, StaffRole.MANAGER));
        axe("Queue", "normal");
        page.getByLabel("Queue", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Statutory Stage 1"));
        page.getByLabel("Sort by").selectOption(new SelectOption().setLabel("Received, newest first"));
        click(AriaRole.BUTTON, "Apply filters");
        axe("Queue", "filtered");
        click(AriaRole.LINK, reference);
        heading("Case " + reference + " New");
        axe("Case", "new");

        click(AriaRole.BUTTON, "Close the case");
        assertThat(page.locator(".govuk-error-summary")).containsText("Record how the complaint was responded to");
        axe("Case", "refused action (close before the response)");

        click(AriaRole.BUTTON, "Assign");
        heading("Assign this case");
        axe("Assign this case", "normal");
        page.getByLabel("Nobody for now").check();
        click(AriaRole.BUTTON, "Assign");

        click(AriaRole.BUTTON, "Acknowledge");
        assertThat(page.getByRole(AriaRole.ALERT).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("The case has been acknowledged."))).isVisible();
        axe("Case", "acknowledged, with the success banner");

        click(AriaRole.BUTTON, "Extend the deadline");
        heading("Extend the response deadline");
        click(AriaRole.BUTTON, "Extend the deadline");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason");
        axe("Extend the response deadline", "error");
        page.getByLabel("Why does it need more time?").fill("Waiting for the records from the fostering team.");
        click(AriaRole.BUTTON, "Extend the deadline");

        click(AriaRole.BUTTON, "Re-triage");
        heading("Re-triage this case");
        axe("Re-triage this case", "normal");
        page.goBack();
        click(AriaRole.BUTTON, "Refuse");
        heading("Refuse this complaint");
        axe("Refuse this complaint", "normal");
        page.goBack();

        click(AriaRole.BUTTON, "Record the response");
        heading("Record the response");
        axe("Record the response", "normal");
        click(AriaRole.BUTTON, "Save the response");
        axe("Record the response", "error");
        page.getByLabel("Phone call").check();
        page.getByLabel("Written response").check();
        page.getByLabel("Partly upheld").check();
        page.getByLabel("Apology and explanation").check();
        click(AriaRole.BUTTON, "Save the response");
        assertThat(page.getByText("The response has been recorded.")).isVisible();

        click(AriaRole.BUTTON, "Add a note");
        axe("Add a note", "normal");
        page.getByLabel("Note").fill("Spoke to the parent; they are happy with the apology.");
        click(AriaRole.BUTTON, "Save the note");

        click(AriaRole.BUTTON, "Close the case");
        heading("Case " + reference + " Closed");
        axe("Case", "closed");
        click(AriaRole.BUTTON, "The person asked for Stage 2");
        axe("The person asked for Stage 2", "normal");

        page.navigate("/staff/queue?queue=SIGNPOST&flag=LEAFLET_SENT&priority=URGENT");
        assertThat(page.getByText("No cases match these filters.")).isVisible();
        axe("Queue", "no cases match");
        page.navigate("/staff/queue?status=closed&sort=received-newest");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))).isVisible();
        click(AriaRole.BUTTON, "Sign out");
        assertThat(page.getByText("You have signed out.")).isVisible();
        axe("Sign in", "signed out");
    }

    @Test
    void handleACallBackAndTurnItIntoAComplaint() {
        String reference = StaffFixtures.callback(ctx);
        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        page.getByLabel("Queue", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Call-back"));
        page.getByLabel("Sort by").selectOption(new SelectOption().setLabel("Received, newest first"));
        click(AriaRole.BUTTON, "Apply filters");
        click(AriaRole.LINK, reference);
        axe("Case", "call-back, new");
        click(AriaRole.BUTTON, "Record the call");
        heading("Record the call-back");
        axe("Record the call-back", "normal");
        page.getByLabel("What happened on the call?").fill("Talked about contact arrangements. They want a formal complaint.");
        click(AriaRole.BUTTON, "Save the call");
        click(AriaRole.BUTTON, "Turn into a complaint");
        heading("Turn this call-back into a complaint");
        assertThat(page.getByLabel("What happened?")).containsText("contact arrangements");
        axe("Turn this call-back into a complaint", "prefilled");
        page.getByLabel("A meeting").check();
        click(AriaRole.BUTTON, "Make the complaint");
        heading("Case " + reference + " Closed");
        assertThat(page.getByText("Linked case:")).isVisible();
        page.locator("p:has-text('Linked case:') a").click();
        assertThat(page.getByText("Statutory Stage 1").first()).isVisible();
        axe("Case", "complaint made from a call-back");
    }

    @Test
    void adminPagesAndRefusals() {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        signIn(officer);
        page.navigate("/staff/users");
        heading("You do not have permission to do that");
        axe("You do not have permission to do that", "officer on an admin page");
        page.navigate("/staff/cases/ZZZZ-ZZZZ");
        heading("Case or page not found");
        axe("Case or page not found", "normal");
        page.navigate("/staff/password");
        heading("Change your password");
        click(AriaRole.BUTTON, "Change password");
        axe("Change your password", "error");
        page.context().clearCookies(new com.microsoft.playwright.BrowserContext.ClearCookiesOptions().setName("portal-csrf"));
        click(AriaRole.BUTTON, "Change password");
        heading("Sorry, we could not save that");
        axe("Sorry, we could not save that", "form without a valid token");

        page.context().clearCookies();
        signIn(StaffFixtures.user(ctx, StaffRole.ADMIN));
        click(AriaRole.LINK, "Staff accounts");
        heading("Staff accounts");
        axe("Staff accounts", "normal");
        click(AriaRole.BUTTON, "Add a staff member");
        axe("Add a staff member", "normal");
        click(AriaRole.BUTTON, "Add staff member");
        axe("Add a staff member", "error");
        page.getByLabel("Full name").fill("Priya Officer");
        page.getByLabel("Email address").fill("priya." + System.nanoTime() + "@northfield.example");
        page.getByLabel("Officer").check();
        page.getByLabel("Temporary password").fill("a temporary passphrase");
        click(AriaRole.BUTTON, "Add staff member");
        heading("Staff accounts");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Priya Officer")).click();
        axe("Change an account", "normal");
        click(AriaRole.LINK, "Configuration");
        heading("Configuration");
        axe("Configuration", "normal");
    }

    @Test
    void narrowScreen() {
        page.setViewportSize(320, 640);
        String reference = StaffFixtures.complaint(ctx);
        page.navigate("/staff/sign-in");
        axe("Sign in", "320 px wide");
        signIn(StaffFixtures.user(ctx, StaffRole.MANAGER));
        axe("Queue", "320 px wide");
        page.navigate("/staff/cases/" + reference);
        axe("Case", "320 px wide");
    }

    @Test
    void fiveWrongPasswordsShowHowLongToWaitAtDesktopAndPhoneWidth() {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        page.navigate("/staff/sign-in");
        for (int i = 1; i <= 5; i++) {
            page.getByLabel("Email address").fill(officer.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("wrong guess " + i);
            click(AriaRole.BUTTON, "Sign in");
        }
        assertThat(page.locator(".govuk-error-summary")).containsText("Try again in 15 minutes");
        axe("Sign in", "locked after too many attempts");
        page.setViewportSize(320, 640);
        axe("Sign in", "locked after too many attempts, 320 px wide");
    }
}
