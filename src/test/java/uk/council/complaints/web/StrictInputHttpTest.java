package uk.council.complaints.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.intake.Journeys;
import uk.council.complaints.support.FormClient;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20.6: a NUL at the end of an answer is refused on its question, not quietly dropped; a POST without a content
 * type is a 400; "Save and come back later" and feedback have a per-address limit far below the general one.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.rate-limit.email-and-feedback-per-address", value = "3")
class StrictInputHttpTest {
    @Inject
    EmbeddedServer server;

    @Test
    void aNulAtTheEndOfAnAnswerIsRefusedOnItsQuestion() {
        FormClient client = new FormClient(server.getURI());
        Journeys.step(client, "what-would-you-like-to-do", "purpose", "complaint");
        Journeys.step(client, "who-are-you", "role", "parent");
        Journeys.step(client, "is-a-child-at-risk", "riskNow", "no");
        FormClient.Page page = client.post("/form/about-the-child", "childName", "Sam Example\u0000", "childAge", "9");
        assertEquals(400, page.status());
        assertTrue(page.html().select(".govuk-error-summary a[href=#childName]").text()
                .contains("Child’s name must only include letters, spaces and punctuation"),
                () -> page.html().select(".govuk-error-summary").text());
    }

    @Test
    void aPostWithoutAContentTypeIsRefused() throws Exception {
        FormClient page = new FormClient(server.getURI());
        page.get("/form/what-would-you-like-to-do");
        String body = "csrfToken=" + URLEncoder.encode(page.csrfToken(), StandardCharsets.UTF_8) + "&purpose=complaint";
        for (String path : new String[] {"/form/what-would-you-like-to-do", "/feedback", "/staff/sign-in"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header("Cookie", page.cookieHeader()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode(), path);
            assertTrue(response.body().contains("Sorry, we could not accept that form"), path);
        }
    }

    @Test
    void saveAndFeedbackPostsHaveATighterLimitPerAddressThanOtherForms() {
        FormClient client = new FormClient(server.getURI());
        client.get("/feedback");
        int limitedAt = -1;
        for (int i = 1; i <= 10 && limitedAt < 0; i++) {
            limitedAt = client.post("/feedback", "ease", "easy").status() == 429 ? i : -1;
        }
        assertEquals(4, limitedAt, "three posts, then 429");
        assertEquals(429, client.post("/form/save", "saveEmail", "someone@example.org").status(), "one limit for both");
        assertTrue(client.post("/form/what-would-you-like-to-do", "purpose", "complaint").status() < 400,
                "other forms are not held by it");
    }
}
