package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.net.http.HttpHeaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21, defect 11: the staff 403 page (an officer on a managers' page) carries the headers every other page
 * does, and says its charset, as the queue page beside it does.
 */
@MicronautTest(transactional = false)
class ForbiddenPageHeadersHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void theForbiddenPageSendsTheSameSecurityHeadersAsAnyPage() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        FormClient.Page queue = officer.get("/staff/queue");
        FormClient.Page forbidden = officer.get("/staff/users");
        assertEquals(200, queue.status());
        assertEquals(403, forbidden.status());
        HttpHeaders expected = queue.raw().headers();
        HttpHeaders actual = forbidden.raw().headers();
        for (String name : new String[] {"Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                "Referrer-Policy", "Cache-Control"}) {
            assertEquals(expected.firstValue(name), actual.firstValue(name), name);
            assertTrue(actual.firstValue(name).isPresent(), name);
        }
        assertEquals("no-store", actual.firstValue("Cache-Control").orElseThrow());
        assertTrue(actual.firstValue("Content-Type").orElseThrow().toLowerCase().contains("charset=utf-8"),
                actual.firstValue("Content-Type").orElseThrow());
    }
}
