package uk.council.complaints.youngperson;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Safety first (issue 27): the "call 999" message is GOV.UK warning text, in the first screen of a 320 px phone on the
 * young person's start page, and at full contrast (the body text's colour, not the grey of a hint) on the safety
 * questions, their error states and the error pages.
 */
@MicronautTest(transactional = false)
class SafetyFirstBrowserTest extends BrowserTest {
    static final String YP_START = "Not happy about something? Tell us";
    private static final String YP_DANGER = "If you are in danger right now, call 999.";
    private static final String CHILD_DANGER = "If a child is in immediate danger, call 999.";
    /** GOV.UK Frontend's text colour (#0b0c0c); a hint is #505a5f. */
    private static final String TEXT_COLOUR = "rgb(11, 12, 12)";
    /** The first screen of a phone, as the issue measures it. */
    private static final double FIRST_SCREEN = 600;

    @Test
    @Mobile
    void onAPhoneTheYoungPersonsStartPageSaysCall999OnTheFirstScreen() {
        page.navigate("/young-person");
        form().on(YP_START);
        Locator warning = warning(YP_DANGER);
        BoundingBox box = warning.boundingBox();
        assertTrue(box.y + box.height < FIRST_SCREEN, "the 999 message's box is at " + box.y + " to "
                + (box.y + box.height) + " px on a 320 px screen");
        assertEquals(320, page.viewportSize().width);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("accessibility", "young-person-start-320px.png")));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("accessibility", "young-person-start-320px-full.png")));
    }

    @Test
    void theYoungPersonsSafetyQuestionShowsTheWarningAtFullContrastAlsoWithAnError() {
        page.navigate("/young-person");
        Form form = form().on(YP_START);
        assertFullContrast(warning(YP_DANGER));
        form.button("Start").click();
        String question = "Are you, or another child, in danger right now?";
        form.on(question);
        assertFullContrast(warning(YP_DANGER));
        form.nextWithErrors(question, "Choose yes if you or another child are in danger right now");
        assertFullContrast(warning(YP_DANGER));
        form.axeAtPhoneWidth(question, "error");
    }

    @Test
    void theAdultSafetyQuestionShowsTheWarningAtFullContrastAlsoWithAnError() {
        Form form = form().start();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("A parent, or someone with parental responsibility").next();
        String question = "Do you think a child is at risk of harm right now?";
        form.on(question);
        assertFullContrast(warning(CHILD_DANGER));
        // Not a hint of the question any more: the radios' group is not described by it.
        assertThat(form.group(question)).not().hasAccessibleDescription(CHILD_DANGER);
        form.nextWithErrors(question, "Select yes if you think a child is at risk of harm right now");
        assertFullContrast(warning(CHILD_DANGER));
        form.axeAtPhoneWidth(question, "error");
    }

    @Test
    void theStartPageAndAnErrorPageSayCall999AtFullContrast() {
        Form form = form().openStartPage();
        assertFullContrast(warning("If a child is in danger right now, call 999."));
        form.axeAtPhoneWidth(Form.START_HEADING, "normal");
        page.navigate("/form/no-such-page");
        form.on("Page not found");
        assertFullContrast(warning(CHILD_DANGER));
        form.axeAtPhoneWidth("Page not found", "normal");
    }

    /** GOV.UK warning text: the message in bold after a hidden "Warning", beside the "!" icon. */
    private Locator warning(String text) {
        Locator strong = page.getByText("Warning " + text, new Page.GetByTextOptions().setExact(true));
        assertThat(strong).isVisible();
        assertThat(strong).hasCSS("font-weight", "700");
        return strong;
    }

    private static void assertFullContrast(Locator text) {
        assertThat(text).hasCSS("color", TEXT_COLOUR);
    }
}
