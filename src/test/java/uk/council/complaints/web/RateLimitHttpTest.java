package uk.council.complaints.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "portal.rate-limit.capacity", value = "3")
class RateLimitHttpTest {
    @Inject
    EmbeddedServer server;

    @Test
    void tooManyPostsFromOneClientGetAFriendly429() {
        FormClient client = new FormClient(server.getURI());
        for (int i = 0; i < 3; i++) {
            assertNotEquals(429, client.post("/form/what-would-you-like-to-do", "purpose", "complaint").status());
        }
        FormClient.Page limited = client.post("/form/what-would-you-like-to-do", "purpose", "complaint");
        assertEquals(429, limited.status());
        long retryAfter = Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 0 && retryAfter <= 600, "Retry-After says when the next post is allowed: " + retryAfter);
        assertEquals("Sorry, there have been too many attempts", limited.html().selectFirst("h1").text());
        assertEquals(200, client.get("/form/who-are-you").status(), "reading pages is not limited");
    }
}
