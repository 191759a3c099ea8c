package uk.council.complaints.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bot that makes up a new draft cookie for every post is still held by the per-address limit (30 here). */
@MicronautTest
@Property(name = "portal.rate-limit.capacity", value = "5")
@Property(name = "portal.rate-limit.per-address-capacity", value = "30")
class AddressRateLimitHttpTest {
    @Inject
    EmbeddedServer server;

    @Test
    void forgedDraftCookiesDoNotGetPastTheAddressLimit() throws Exception {
        FormClient page = new FormClient(server.getURI());
        page.get("/form/what-would-you-like-to-do");
        HttpClient http = HttpClient.newHttpClient();
        int limitedAt = -1;
        for (int i = 1; i <= 40 && limitedAt < 0; i++) {
            String body = "csrfToken=" + URLEncoder.encode(page.csrfToken(), StandardCharsets.UTF_8) + "&purpose=complaint";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.getURI().resolve("/form/what-would-you-like-to-do"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", page.cookieHeader() + "; portal-draft=forged-" + i)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            limitedAt = response.statusCode() == 429 ? i : -1;
        }
        assertTrue(limitedAt > 0 && limitedAt <= 31, "the address limit holds whatever the cookie: " + limitedAt);
    }
}
