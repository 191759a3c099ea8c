package uk.council.complaints.web;

import com.microsoft.playwright.Locator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What axe cannot check: the pages work with a keyboard alone. */
@MicronautTest(transactional = false)
class KeyboardBrowserTest extends BrowserTest {

    @Test
    void skipLinkIsTheFirstStopAndGoesToTheMainContent() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");

        page.keyboard().press("Tab");
        assertThat(form.link("Skip to main content")).isFocused();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("#main-content$"));
    }

    @Test
    void aQuestionIsAnsweredWithTheKeyboardAlone() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        Locator first = form.radio("Make a complaint");

        tabUntilFocused(first);
        page.keyboard().press("ArrowDown");
        assertThat(form.radio("Ask for a call back from a manager")).isChecked();
        page.keyboard().press("Tab");
        assertThat(form.button("Continue")).isFocused();
        page.keyboard().press("Enter");

        form.on("Who are you?");
    }

    private void tabUntilFocused(Locator target) {
        for (int i = 0; i < 15 && !Boolean.TRUE.equals(target.evaluate("e => e === document.activeElement")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }
}
