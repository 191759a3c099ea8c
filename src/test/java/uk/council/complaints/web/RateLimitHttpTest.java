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

/** Small limits so that they are reached quickly: 5 posts a draft, 30 an address, per 10 minutes. */
@MicronautTest
@Property(name = "portal.rate-limit.capacity", value = "5")
@Property(name = "portal.rate-limit.per-address-capacity", value = "30")
class RateLimitHttpTest {
    @Inject
    EmbeddedServer server;

    @Test
    void aFloodFromOneDraftIsSlowedWithAFriendly429AndOtherDraftsGoOn() {
        FormClient flood = new FormClient(server.getURI());
        FormClient.Page limited = null;
        for (int i = 0; i < 8 && limited == null; i++) {
            FormClient.Page page = flood.post("/form/what-would-you-like-to-do", "purpose", "complaint");
            limited = page.status() == 429 ? page : null;
        }
        assertTrue(limited != null, "one draft cannot post without limit");
        assertEquals("Sorry, there have been too many attempts", limited.html().selectFirst("h1").text());
        long retryAfter = Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 0 && retryAfter <= 600, "Retry-After says when the next post is allowed: " + retryAfter);
        assertEquals(200, flood.get("/form/what-would-you-like-to-do").status(), "reading pages is not limited");
        FormClient neighbour = new FormClient(server.getURI());
        assertNotEquals(429, neighbour.post("/form/what-would-you-like-to-do", "purpose", "complaint").status(),
                "another person on the same connection carries on");
    }
}
