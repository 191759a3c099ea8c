package uk.council.complaints.evidence;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.support.TestClamd;
import uk.council.complaints.support.Variant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The evidence page in a browser, by role and label, with axe: desktop, 320 px, and JavaScript off. */
@MicronautTest(transactional = false)
class EvidenceBrowserTest extends BrowserTest {

    @BeforeAll
    void clamdIsRunning() {
        TestClamd.requireRunning();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("portal.evidence.clamd.host", TestClamd.HOST);
        p.put("portal.evidence.clamd.port", TestClamd.PORT);
        return p;
    }

    @Test
    void attachACleanFileAndAnInfectedOneThenRemoveTheCleanOne() {
        attachCleanAndInfected();
    }

    @Test
    @Mobile
    void attachOnAPhone() {
        attachCleanAndInfected();
    }

    @Test
    @WithoutJavaScript
    void attachWithJavaScriptOff() {
        attachCleanAndInfected();
    }

    private void attachCleanAndInfected() {
        // The earlier pages are answered over HTTP (their own tests drive them in a browser); the draft is handed over.
        FormClient client = EvidenceHttpTest.onTheEvidencePage(server);
        String draft = client.cookieHeader().replaceAll(".*portal-draft=([^;]*).*", "$1");
        page.context().addCookies(List.of(new Cookie("portal-draft", draft).setUrl(server.getURL().toString())));
        page.navigate(EvidenceHttpTest.PAGE);
        Form form = form().on("Documents and photos (optional)");
        form.axe("Documents and photos", "no files");

        page.getByLabel("Upload a file").setInputFiles(new FilePayload("Letter from school.pdf", "application/pdf",
                EvidenceSamples.pdf()));
        page.getByRole(AriaRole.BUTTON, Form.exact("Upload file")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, Form.exact("Remove Letter from school.pdf"))).isVisible();
        // Issue 27: a success banner names the file, announced as an alert (with scripts, GOV.UK Frontend focuses it).
        assertThat(successBanner()).containsText("Letter from school.pdf has been uploaded");
        if (variant != Variant.NO_JAVASCRIPT) {
            assertThat(successBanner()).isFocused();
        }
        form.axe("Documents and photos", "one file attached");
        if (variant == Variant.DESKTOP) {
            form.axeAtPhoneWidth("Documents and photos", "one file attached");
        }

        page.getByLabel("Upload a file").setInputFiles(new FilePayload("photo.png", "image/png", EvidenceSamples.eicar()));
        page.getByRole(AriaRole.BUTTON, Form.exact("Upload file")).click();
        assertThat(form.errorSummary()).containsText("The selected file contains a virus and has not been attached: photo.png");
        assertThat(page.getByRole(AriaRole.BUTTON, Form.exact("Remove Letter from school.pdf"))).isVisible();
        form.axe("Documents and photos", "infected file refused");
        assertThat(successBanner()).hasCount(0);

        page.getByRole(AriaRole.BUTTON, Form.exact("Remove Letter from school.pdf")).click();
        assertThat(page.getByText("You have not attached any files.")).isVisible();
        assertThat(successBanner()).hasCount(0);
        page.getByRole(AriaRole.BUTTON, Form.exact("Continue")).click();
        form.on("Would you like an advocate for the child?");
    }

    /** GOV.UK's success notification banner: an alert titled "Success". */
    private Locator successBanner() {
        return page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.HEADING, Form.exact("Success"))));
    }
}
