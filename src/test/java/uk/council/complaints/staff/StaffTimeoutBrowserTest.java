package uk.council.complaints.staff;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The idle-timeout warning appears before the session ends, and "Stay signed in" keeps it (WCAG 2.2.1). */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.idle-timeout", value = "16s")
@Property(name = "portal.staff.warning-before", value = "8s")
class StaffTimeoutBrowserTest extends StaffBrowser {

    @Test
    void theWarningAppearsAndStayingSignedInKeepsTheSession() {
        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        var warning = page.getByRole(AriaRole.REGION, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Important"));
        assertThat(warning).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Stay signed in"))).isFocused();
        StaffAxe.check(page, "Queue", "with the sign-out warning showing");
        click(AriaRole.BUTTON, "Stay signed in");
        assertThat(warning).isHidden();
        page.waitForTimeout(9_000); // past the first expiry: the session was extended
        page.reload();
        heading("Queue");
    }
}
