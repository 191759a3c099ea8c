package uk.council.complaints.content;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

/** Every information page, reached as a person would (footer and phase banner links), scanned with axe. */
@MicronautTest(transactional = false)
class ContentPagesBrowserTest extends BrowserTest {

    private void visitEveryPageFromTheLinks() {
        Form form = form().openStartPage();
        form.link("Help").click();
        form.on("Help using this form");
        form.link("Contact us").click();
        form.on("Contact the complaints team");
        form.link("Accessibility statement").click();
        form.on("Accessibility statement for Children's social care complaints");
        form.link("Privacy").click();
        form.on("Privacy notice");
        form.link("Read the privacy notice for young people").click();
        form.on("Your information: a guide for young people");
        form.link("Cookies").click();
        form.on("Cookies");
        form.link("give your feedback").click();
        form.on("Give feedback on this service");
    }

    @Test
    void everyInformationPageIsReachableAndAccessible() {
        visitEveryPageFromTheLinks();
    }

    @Test
    @Mobile
    void everyInformationPageFitsAPhoneScreen() {
        visitEveryPageFromTheLinks();
    }
}
