package uk.council.complaints.staff;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Managers read the service feedback; scanned with axe at desktop width and at 320 px. */
@MicronautTest(transactional = false)
class FeedbackPageBrowserTest extends StaffBrowser {

    @Test
    void aManagerReadsTheFeedback() {
        FormClient person = new FormClient(server.getURI());
        assertEquals(303, person.submitFrom("/feedback", "/feedback", "feedbackEase", "very-easy",
                "feedbackBetter", "Nothing, it was quick.").status());
        signIn(StaffFixtures.user(ctx, StaffRole.MANAGER));
        page.navigate("/staff/feedback");
        heading("Feedback on the service");
        assertThat(page.getByRole(AriaRole.TABLE).first()).containsText("Very easy");
        assertThat(page.getByText("Nothing, it was quick.").first()).isVisible();
        axe("Feedback on the service", "desktop");
        page.setViewportSize(320, 640);
        axe("Feedback on the service", "320 px");
    }
}
