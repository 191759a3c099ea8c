package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session ends after its idle time; the warning banner is on every page; staying signed in slides it. */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.idle-timeout", value = "3s")
@Property(name = "portal.staff.warning-before", value = "1s")
class SessionExpiryHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void anIdleSessionExpiresAndTheSignInPageSaysWhy() throws InterruptedException {
        FormClient client = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        FormClient.Page queue = client.get("/staff/queue");
        var warning = queue.html().selectFirst(".app-timeout-warning");
        assertEquals("3", warning.attr("data-seconds-left"));
        assertTrue(warning.select("form[action=/staff/keep-alive] button").text().contains("Stay signed in"));
        Thread.sleep(2000);
        assertEquals(204, client.post("/staff/keep-alive", "via", "fetch").status());
        Thread.sleep(2000); // 4 s after sign-in, 2 s after staying signed in: still in
        assertEquals(200, client.get("/staff/queue").status());
        Thread.sleep(3500);
        FormClient.Page expired = client.get("/staff/queue");
        assertEquals(303, expired.status());
        assertTrue(expired.location().startsWith("/staff/sign-in?expired=yes"), expired.location());
        FormClient.Page signIn = client.get(expired.location());
        assertTrue(signIn.html().select(".govuk-inset-text").text().contains("signed out because you had not done anything"));
    }
}
