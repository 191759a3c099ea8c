package uk.council.complaints.webhook;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.Postgres;
import uk.council.complaints.timeline.CaseEventType;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.council.complaints.webhook.Receivers.*;

/**
 * None lost across a restart: events raised while the receiver is down wait in the database; one was claimed by the
 * instance when it stopped (killed mid-send). The instance starts again (a second application context on the same
 * database, same instance name): it takes its claim back at once, as it does emails' (ADR 0008, 0024), and every event
 * arrives, each once.
 */
class WebhookRestartTest {

    @Test
    void everyEventWaitingOrClaimedWhenTheInstanceStoppedIsDeliveredOnceAfterItStartsAgain() throws Exception {
        String name = "hooks-" + token();
        Map<String, Object> config = new HashMap<>();
        config.put("portal.mail.instance-name", name);
        config.put("portal.mail.claim-timeout", "5m");
        if (!Postgres.active()) {
            config.put("datasources.default.url", "jdbc:h2:mem:hooks-" + token()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        int port = freePort();
        WebhookEndpoint endpoint;
        Set<String> raised = new HashSet<>();
        try (ApplicationContext first = Receivers.start(config)) {
            endpoint = first.getBean(WebhookAdmin.class).register(url(port), List.of(WebhookEventType.CASE_CREATED), "Test admin");
            for (int i = 0; i < 3; i++) {
                record(first, newCase(first), CaseEventType.TRIAGED);
            }
            WebhookDeliveryRepository deliveries = first.getBean(WebhookDeliveryRepository.class);
            await(() -> deliveries.findLatest(endpoint.id(), 10).stream().allMatch(d -> d.attempts() >= 1),
                    Duration.ofSeconds(15), "each tried while the receiver is down");
            List<WebhookDelivery> waiting = deliveries.findLatest(endpoint.id(), 10);
            waiting.forEach(d -> raised.add(d.eventId()));
            // What a kill -9 mid-send leaves: one delivery claimed for five minutes by this instance's earlier run.
            claim(first, waiting.get(0).id(), name + "-0a1b2c/00112233aabb", Instant.now().plus(5, ChronoUnit.MINUTES));
        }
        assertEquals(3, raised.size());

        try (MockWebServer server = receiver(port); ApplicationContext second = Receivers.start(config)) {
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse().setResponseCode(200));
            }
            Set<String> arrived = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                RecordedRequest r = verified(server, endpoint.secret());
                arrived.add(r.getHeader("webhook-id"));
            }
            assertEquals(raised, arrived, "every event raised before the restart arrived");
            // The claimed one arrived within verified()'s 15 s, not after its 5-minute claim: it was taken back at start-up.
            WebhookDeliveryRepository deliveries = second.getBean(WebhookDeliveryRepository.class);
            await(() -> deliveries.findLatest(endpoint.id(), 10).stream().allMatch(d -> d.status().equals("sent")),
                    Duration.ofSeconds(10), "all recorded sent");
            assertNull(server.takeRequest(1000, TimeUnit.MILLISECONDS), "each once");
            second.getBean(WebhookAdmin.class).delete(endpoint.id());
        }
    }

    private static void claim(ApplicationContext ctx, long id, String claimant, Instant until) {
        inTransaction(ctx, () -> ctx.getBean(JdbcOperations.class).prepareStatement(
                "UPDATE webhook_delivery SET status = 'sending', claimed_by = ?, claimed_until = ?, next_attempt_at = ? WHERE id = ?",
                ps -> {
                    ps.setString(1, claimant);
                    ps.setTimestamp(2, Timestamp.from(until));
                    ps.setTimestamp(3, Timestamp.from(until));
                    ps.setLong(4, id);
                    return ps.executeUpdate();
                }));
    }
}
