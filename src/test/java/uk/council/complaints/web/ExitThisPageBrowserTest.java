package uk.council.complaints.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** "Exit this page" (GOV.UK Frontend): the quick way off the site for someone who may be watched. */
@MicronautTest(transactional = false)
class ExitThisPageBrowserTest extends BrowserTest {

    @Test
    void selectingExitThisPageLeavesForTheExitPage() {
        Form form = form().openStartPage();

        form.exitThisPage().click();

        assertThat(page).hasURL(server.getURL() + EXIT_PAGE);
    }

    @Test
    void pressingShiftThreeTimesLeavesForTheExitPage() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.on("What would you like to do?");

        for (int i = 0; i < 3; i++) {
            page.keyboard().press("Shift");
        }

        assertThat(page).hasURL(server.getURL() + EXIT_PAGE);
    }

    @Test
    @WithoutJavaScript
    void exitThisPageIsAPlainLinkWithoutJavaScript() {
        Form form = form().openStartPage();
        assertThat(form.exitThisPage()).hasAttribute("href", EXIT_PAGE);

        form.exitThisPage().click();

        assertThat(page).hasURL(server.getURL() + EXIT_PAGE);
    }
}
