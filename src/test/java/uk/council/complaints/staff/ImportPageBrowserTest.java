package uk.council.complaints.staff;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import uk.council.complaints.importing.ImportJobsFixture;

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Issue 25: the register import page, empty and listing a bad file's problems; scanned with axe at 1280 and 320 px. */
@MicronautTest(transactional = false)
class ImportPageBrowserTest extends StaffBrowser {

    @Test
    void aManagerSeesTheTemplateAndTheProblemsOfABadFile() {
        StaffMember manager = StaffFixtures.user(ctx, StaffRole.MANAGER);
        signIn(manager);
        page.navigate("/staff/import");
        heading("Import an earlier register");
        assertThat(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Download the template (CSV, with an example row)"))).isVisible();
        axe("Import an earlier register", "desktop");
        page.setViewportSize(320, 640);
        axe("Import an earlier register", "320 px");

        page.setViewportSize(1280, 900);
        String csv = "sourceReference,kind,receivedVia,receivedOn\r\nOLD-1,grumble,email,2023-05-02\r\n";
        page.getByLabel("Upload the register").setInputFiles(new FilePayload("register.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        click(AriaRole.BUTTON, "Check and import");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("kind");
        assertThat(page.locator(".govuk-error-summary")).containsText("Nothing was imported");
        axe("Import an earlier register: problems", "desktop");
        page.setViewportSize(320, 640);
        axe("Import an earlier register: problems", "320 px");

        // a large file still being imported in the background: how far it is, and a way to look again
        page.setViewportSize(1280, 900);
        java.time.Instant now = java.time.Instant.now();
        long job = ImportJobsFixture.running(ctx, manager.id(), 2000, 600, now);
        page.navigate("/staff/import/jobs/" + job);
        assertThat(page.getByRole(AriaRole.REGION, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Importing")))
                .containsText("Checked 600 of 2000 rows; imported 0 of them so far.");
        click(AriaRole.LINK, "Check progress");
        heading("Import an earlier register");
        axe("Import an earlier register: in progress", "desktop");
        page.setViewportSize(320, 640);
        axe("Import an earlier register: in progress", "320 px");
    }
}
