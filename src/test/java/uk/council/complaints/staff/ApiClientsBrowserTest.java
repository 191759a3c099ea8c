package uk.council.complaints.staff;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin's API-clients pages (issue 25), in Chromium, each state scanned with axe at 1280 and at 320 px. */
@MicronautTest(transactional = false)
class ApiClientsBrowserTest extends StaffBrowser {

    @Test
    void anAdminAddsAClientCopiesItsTokenOnceAndRevokesIt() {
        signIn(StaffFixtures.user(ctx, StaffRole.ADMIN));
        click(AriaRole.LINK, "API clients");
        heading("API clients");
        // On PostgreSQL the suite's contexts share one schema: other tests' clients may be listed already.
        axeAtBothWidths("API clients", "the list");

        click(AriaRole.BUTTON, "Add an API client");
        heading("Add an API client");
        click(AriaRole.BUTTON, "Create client and show its token");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter the name of the system");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Select what the client may do");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Select how long its token works");
        axeAtBothWidths("Add an API client", "errors");

        page.getByLabel("Name of the system").fill("Mosaic");
        page.getByLabel("Read cases", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("90 days", new Page.GetByLabelOptions().setExact(true)).check();
        click(AriaRole.BUTTON, "Create client and show its token");
        heading("The token for Mosaic");
        String token = page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true)).inputValue();
        assertTrue(token.length() >= 20, "a token is shown: " + token);
        axeAtBothWidths("API client token", "shown once");

        click(AriaRole.BUTTON, "I have copied the token");
        heading("Mosaic");
        page.reload();
        heading("Mosaic");
        assertFalse(page.content().contains(token), "the client's page never shows the token again");
        assertThat(page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Read cases");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Active");
        axeAtBothWidths("API client", "active");

        click(AriaRole.BUTTON, "Revoke this client");
        heading("Mosaic");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Revoked");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke this client"))).hasCount(0);
        axeAtBothWidths("API client", "revoked");

        click(AriaRole.LINK, "Back");
        heading("API clients");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Mosaic");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Revoked");
        axeAtBothWidths("API clients", "one revoked client");
    }
}
