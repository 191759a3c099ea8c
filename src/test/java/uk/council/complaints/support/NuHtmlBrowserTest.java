package uk.council.complaints.support;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Nu Html Checker at the axe scan point (issue 27): a real page passes {@link Axe#check}; the same page with a
 * duplicate id (which axe 4 no longer reports) fails it, the failure naming the page, its address and the message.
 */
@MicronautTest(transactional = false)
class NuHtmlBrowserTest extends BrowserTest {

    @Test
    void aDuplicateIdOnAScannedPageFailsTheScanNamingThePageAndTheMessage() {
        page.navigate("/young-person");
        Axe.check(page, "Young person's start page", "normal");
        page.evaluate("() => document.querySelector('h1').id = 'main-content'");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Axe.check(page, "Young person's start page", "a duplicate id"));
        String message = failure.getMessage();
        assertTrue(message.contains("\"Young person's start page\" (a duplicate id) at /young-person"), message);
        assertTrue(message.contains("Duplicate ID “main-content”"), message);
    }
}
