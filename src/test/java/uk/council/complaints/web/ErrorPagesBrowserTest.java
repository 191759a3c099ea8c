package uk.council.complaints.web;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class ErrorPagesBrowserTest extends BrowserTest {

    @Test
    void unknownQuestionPageSaysPageNotFoundAndOffersToStartAgain() {
        Response response = page.navigate("/form/nonexistent-page");

        assertEquals(404, response.status());
        Form form = form().on("Page not found");
        form.link("Start again").click();
        form.on(Form.START_HEADING);
    }

    @Test
    void unknownAddressSaysPageNotFound() {
        Response response = page.navigate("/no-such-page");

        assertEquals(404, response.status());
        form().on("Page not found");
    }

    @Test
    void answerSentWithoutTheSecurityCookieGetsAFriendlyPageAndCanBeSentAgain() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.choose("Make a complaint");
        page.context().clearCookies();

        form.next();
        form.on("Sorry, we could not save that page");

        page.goBack();
        page.reload();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?");
    }

    @Test
    void formWithTheHiddenBotTrapFilledInIsRefusedWithAFriendlyPage() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.choose("Make a complaint");
        // The trap is hidden from people and from the accessibility tree; only a bot (or a script) fills it in.
        form.field("Leave this field empty").evaluate("input => input.value = 'https://spam.example'");

        form.next();

        form.on("Sorry, we could not accept that form");
    }

    @Test
    void questionPageOpenedOutOfOrderGoesToTheFirstQuestion() {
        page.navigate("/form/contact-details");

        assertThat(page).hasURL(server.getURL() + "/form/what-would-you-like-to-do");
        form().on("What would you like to do?");
    }

    @Test
    void anAddressTooLongToReadSaysSoAndOffersToStartAgain() {
        tooLongAddress();
    }

    @Test
    @Mobile
    void anAddressTooLongToReadSaysSoOnAPhone() {
        tooLongAddress();
    }

    @Test
    void aMethodThePageDoesNotTakeGetsAFriendlyPage() {
        methodNotAllowed();
    }

    @Test
    @Mobile
    void aMethodThePageDoesNotTakeGetsAFriendlyPageOnAPhone() {
        methodNotAllowed();
    }

    @Test
    void aBrokenEscapeInTheAddressGetsAFriendlyPage() {
        Response response = page.navigate("/form/what-would-you-like-to-do?x=%ff");

        assertEquals(400, response.status());
        form().on("Sorry, we could not accept that form");
    }

    private void tooLongAddress() {
        Response response = page.navigate("/form/" + "a".repeat(5000));

        assertEquals(414, response.status());
        Form form = form().on("Sorry, that web address is too long");
        form.link("Start again").click();
        form.on(Form.START_HEADING);
    }

    /** No link or form sends DELETE: a script would, so the browser's request is changed on its way. */
    private void methodNotAllowed() {
        page.route("**/form/what-would-you-like-to-do", route -> route.resume(new Route.ResumeOptions().setMethod("DELETE")));
        Response response = page.navigate("/form/what-would-you-like-to-do");

        assertEquals(405, response.status());
        form().on("Sorry, that cannot be done on this page");
        page.unrouteAll();
    }
}
