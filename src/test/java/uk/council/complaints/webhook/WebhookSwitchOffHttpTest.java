package uk.council.complaints.webhook;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.timeline.CaseEventType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.webhook.Receivers.*;

/**
 * An endpoint failing for days is switched off by the portal after {@code portal.webhooks.disable-after-failures}
 * failed tries in a row (3 here): no fourth try; its admin page says why and when, the webhooks page gives notice;
 * switched on again by an admin, the waiting delivery goes.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.webhooks.allow-http-hosts", value = "127.0.0.1")
@Property(name = "portal.webhooks.allow-private-hosts", value = "127.0.0.1")
@Property(name = "portal.webhooks.poll-interval", value = "100ms")
@Property(name = "portal.webhooks.initial-delay", value = "10ms")
@Property(name = "portal.webhooks.disable-after-failures", value = "3")
@Property(name = "portal.mail.backoff-base", value = "200ms")
@Property(name = "portal.mail.backoff-max", value = "400ms")
class WebhookSwitchOffHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void anEndpointFailingInARowIsSwitchedOffWithItsReasonShown() throws Exception {
        try (MockWebServer receiver = receiver(0)) {
            for (int i = 0; i < 3; i++) {
                receiver.enqueue(new MockResponse().setResponseCode(500));
            }
            receiver.enqueue(new MockResponse().setResponseCode(204));
            WebhookAdmin admin = ctx.getBean(WebhookAdmin.class);
            WebhookEndpoint endpoint = admin.register(url(receiver.getPort()), List.of(WebhookEventType.CASE_CREATED), "Test admin");
            try {
                record(ctx, newCase(ctx), CaseEventType.TRIAGED);
                for (int i = 0; i < 3; i++) {
                    assertNotNull(receiver.takeRequest(20, TimeUnit.SECONDS), "try " + (i + 1));
                }
                await(() -> !admin.find(endpoint.id()).orElseThrow().active(), Duration.ofSeconds(10), "switched off");
                WebhookEndpoint off = admin.find(endpoint.id()).orElseThrow();
                assertEquals(3, off.switchedOffAfter());
                assertNotNull(off.switchedOffAt());
                assertNull(receiver.takeRequest(1500, TimeUnit.MILLISECONDS), "no fourth try once switched off");

                FormClient page = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN);
                String reason = page.get("/staff/webhooks/" + endpoint.id()).html().select("#switched-off-reason").text();
                assertTrue(reason.contains("switched this endpoint off") && reason.contains("after 3 failed tries in a row"), reason);
                String list = page.get("/staff/webhooks").html().select(".govuk-notification-banner").text();
                assertTrue(list.contains("switched off by the portal because deliveries kept failing"), list);

                admin.setActive(endpoint.id(), true);
                assertNotNull(receiver.takeRequest(20, TimeUnit.SECONDS), "switched on, the waiting delivery goes");
                await(() -> "sent".equals(onlyDelivery(ctx, endpoint.id()).status()), Duration.ofSeconds(10), "sent");
                WebhookEndpoint on = admin.find(endpoint.id()).orElseThrow();
                assertTrue(on.active());
                assertNull(on.switchedOffAt());
                assertFalse(page.get("/staff/webhooks/" + endpoint.id()).html().select("#switched-off-reason").hasText());
            } finally {
                admin.delete(endpoint.id());
            }
        }
    }
}
