package uk.council.complaints.youngperson;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.council.complaints.youngperson.SafetyFirstBrowserTest.YP_START;

/**
 * The young person's start page (issue 27): its Back link goes to the page the person came from, not always to the
 * adult start page; and no two pages of their route share one name (a screen reader announces the title and h1).
 */
@MicronautTest(transactional = false)
class YoungPersonStartBrowserTest extends BrowserTest {
    private static final String HELP = "Help using this form";

    @Test
    void fromTheHelpPageBackReturnsToTheHelpPage() {
        page.navigate("/help");
        Form form = form().on(HELP);
        form.link("Use the young person’s form").click();
        form.on(YP_START);
        form.link("Back").click();
        form.on(HELP);
    }

    @Test
    @Mobile
    void fromTheStartPageOnAPhoneBackReturnsToTheStartPage() {
        Form form = form().openStartPage();
        form.link("Use the young person’s form").click();
        form.on(YP_START);
        form.link("Back").click();
        form.on(Form.START_HEADING);
    }

    @Test
    void openedFromAnotherSiteOrATypedAddressThereIsNoBackLink() {
        page.navigate("/young-person");
        Form form = form().on(YP_START);
        assertThat(form.link("Back")).hasCount(0);
        page.navigate("/young-person", new com.microsoft.playwright.Page.NavigateOptions()
                .setReferer("https://elsewhere.example/help"));
        form.on(YP_START);
        assertThat(form.link("Back")).hasCount(0);
    }

    @Test
    void everyPageOfTheYoungPersonsRouteHasItsOwnHeading() {
        List<String> headings = new ArrayList<>();
        Form form = form().openStartPage();
        form.link("Use the young person’s form").click();
        headings.add(on(form, YP_START));
        form.button("Start").click();
        headings.add(on(form, "Are you, or another child, in danger right now?"));
        form.choose("No").next();
        headings.add(on(form, "What is your name?"));
        form.fill("What is your name?", "Jo Example").next();
        headings.add(on(form, "How should we get in touch with you?"));
        form.choose("Contact me").next();
        headings.add(on(form, "How can we contact you?"));
        form.fill("Email address", "jo@example.org").next();
        headings.add(on(form, "Tell us what is wrong"));
        form.fill("Tell us what is wrong", "My carer reads my messages.").next();
        headings.add(on(form, "What do you want to change?"));
        form.fill("What do you want to change?", "Some privacy.").next();
        headings.add(on(form, "Would you like an advocate to help you?"));
        form.choose("No, thank you").next();
        headings.add(on(form, "Check your answers before sending"));
        assertEquals(headings, new ArrayList<>(new LinkedHashSet<>(headings)), "two pages share a heading: " + headings);
    }

    /** The page's one h1, read from the page, after {@link Form#on} checked it and the title. */
    private String on(Form form, String heading) {
        form.on(heading);
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasCount(1);
        return page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))
                .textContent().strip();
    }
}
