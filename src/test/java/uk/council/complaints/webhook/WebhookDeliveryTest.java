package uk.council.complaints.webhook;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.timeline.CaseEventType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.webhook.Receivers.*;

/**
 * Webhooks posted to a real HTTP receiver (okhttp's MockWebServer), each signature checked with the Standard Webhooks
 * reference library: retried on 500 and while the receiver is down, with the same webhook-id, and recorded sent
 * once the receiver answers 2xx, after which it does not go again.
 */
class WebhookDeliveryTest {
    private static ApplicationContext ctx;

    @BeforeAll
    static void start() {
        ctx = Receivers.start(Map.of());
    }

    /** Each test's endpoint goes with it: the next test's events are not posted to a receiver that has stopped. */
    @AfterEach
    void deleteEndpoints() {
        ctx.getBean(WebhookEndpointRepository.class).findAllOrderById().stream()
                .filter(e -> e.url().startsWith("http://127.0.0.1:")).forEach(e -> ctx.getBean(WebhookAdmin.class).delete(e.id()));
    }

    @AfterAll
    static void stop() {
        ctx.close();
    }

    @Test
    void aCaseEventArrivesSignedWithTheStandardHeadersAndNoPersonalData() throws Exception {
        try (MockWebServer server = receiver(0)) {
            server.enqueue(new MockResponse().setResponseCode(204));
            WebhookEndpoint endpoint = ctx.getBean(WebhookAdmin.class).register(url(server.getPort()),
                    List.of(WebhookEventType.CASE_CREATED, WebhookEventType.CASE_CLOSED), "Test admin");
            long caseId = newCase(ctx);
            record(ctx, caseId, CaseEventType.TRIAGED);
            record(ctx, caseId, CaseEventType.NOTE); // not a webhook event
            var stored = ctx.getBean(CaseRepository.class).findById(caseId).orElseThrow();

            RecordedRequest request = verified(server, endpoint.secret());
            System.out.println("A delivery as the receiver got it:\n" + request.getRequestLine() + "\n" + request.getHeaders()
                    + "\n" + body(request));
            assertEquals("POST", request.getMethod());
            assertEquals("/hooks/portal", request.getPath());
            assertEquals("application/json", request.getHeader("content-type"));
            assertTrue(request.getHeader("webhook-id").matches("msg_[0-9a-f]{32}"), request.getHeader("webhook-id"));
            long sentAt = Long.parseLong(request.getHeader("webhook-timestamp"));
            assertTrue(Math.abs(sentAt - System.currentTimeMillis() / 1000) < 60);
            assertTrue(request.getHeader("webhook-signature").startsWith("v1,"));

            Map<?, ?> body = ctx.getBean(JsonMapper.class).readValue(body(request), Map.class);
            assertEquals("case.created", body.get("type"));
            Map<?, ?> data = (Map<?, ?>) body.get("data");
            assertEquals(stored.reference(), data.get("reference"));
            assertEquals("COMPLAINT", data.get("type"));
            assertEquals("STAGE1", data.get("stage"));
            assertEquals("new", data.get("status"));
            assertEquals(Map.of("case", "https://complaints.council.example/api/v1/cases/" + stored.reference()), data.get("links"));
            // No personal data: nothing of the person, the child or what happened is in the body.
            for (String personal : List.of(stored.who().submitterName(), stored.who().email(), stored.who().phone(), "Sam Example",
                    stored.complaint().whatHappened())) {
                assertFalse(body(request).contains(personal), personal);
            }
            await(() -> "sent".equals(onlyDelivery(ctx, endpoint.id()).status()), Duration.ofSeconds(10), "recorded sent");
            assertNull(server.takeRequest(700, TimeUnit.MILLISECONDS), "a note is not a webhook event, and a sent one is not sent again");
        }
    }

    @Test
    void aReceiverAnswering500IsTriedAgainWithTheSameIdUntilItTakesItThenNeverAgain() throws Exception {
        try (MockWebServer server = receiver(0)) {
            server.enqueue(new MockResponse().setResponseCode(500));
            server.enqueue(new MockResponse().setResponseCode(503));
            server.enqueue(new MockResponse().setResponseCode(200));
            WebhookEndpoint endpoint = ctx.getBean(WebhookAdmin.class).register(url(server.getPort()),
                    List.of(WebhookEventType.CASE_CLOSED), "Test admin");
            long caseId = newCase(ctx);
            record(ctx, caseId, CaseEventType.TRIAGED); // not wanted by this endpoint
            record(ctx, caseId, CaseEventType.WITHDRAWN);

            RecordedRequest first = verified(server, endpoint.secret());
            RecordedRequest second = verified(server, endpoint.secret());
            RecordedRequest third = verified(server, endpoint.secret());
            assertEquals("case.closed", ctx.getBean(JsonMapper.class).readValue(body(third), Map.class).get("type"));
            assertEquals(first.getHeader("webhook-id"), second.getHeader("webhook-id"));
            assertEquals(first.getHeader("webhook-id"), third.getHeader("webhook-id"));
            await(() -> "sent".equals(onlyDelivery(ctx, endpoint.id()).status()), Duration.ofSeconds(10), "recorded sent");
            WebhookDelivery d = onlyDelivery(ctx, endpoint.id());
            assertEquals(3, d.attempts());
            assertNull(d.lastError());
            assertNull(server.takeRequest(1500, TimeUnit.MILLISECONDS), "once delivered, never again");
            assertEquals(3, server.getRequestCount());
        }
    }

    @Test
    void whileTheReceiverIsDownDeliveriesWaitAndAllArriveOnceWhenItIsBack() throws Exception {
        int port = freePort(); // nothing listens there yet: the receiver is down
        WebhookEndpoint endpoint = ctx.getBean(WebhookAdmin.class).register(url(port),
                List.of(WebhookEventType.CASE_STAGE_CHANGED, WebhookEventType.CASE_CLOSED), "Test admin");
        long one = newCase(ctx);
        long two = newCase(ctx);
        record(ctx, one, CaseEventType.RETRIAGED);
        record(ctx, two, CaseEventType.CLOSED);
        record(ctx, one, CaseEventType.REFUSED);
        WebhookDeliveryRepository deliveries = ctx.getBean(WebhookDeliveryRepository.class);
        await(() -> deliveries.findLatest(endpoint.id(), 10).stream().anyMatch(d -> d.attempts() >= 2 && d.lastError() != null),
                Duration.ofSeconds(15), "tried again while the receiver is down");
        List<WebhookDelivery> waiting = deliveries.findLatest(endpoint.id(), 10);
        assertEquals(3, waiting.size());
        assertTrue(waiting.stream().noneMatch(d -> d.status().equals("sent") || d.status().equals("failed")), waiting.toString());

        try (MockWebServer server = receiver(port)) {
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse().setResponseCode(200));
            }
            List<String> ids = new java.util.ArrayList<>();
            List<String> types = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                RecordedRequest r = verified(server, endpoint.secret());
                ids.add(r.getHeader("webhook-id"));
                types.add((String) ctx.getBean(JsonMapper.class).readValue(body(r), Map.class).get("type"));
            }
            assertEquals(3, ids.stream().distinct().count(), "three events, three ids: " + ids);
            assertEquals(List.of("case.closed", "case.closed", "case.stage_changed"), types.stream().sorted().toList());
            await(() -> deliveries.findLatest(endpoint.id(), 10).stream().allMatch(d -> d.status().equals("sent")),
                    Duration.ofSeconds(10), "all recorded sent");
            assertNull(server.takeRequest(1000, TimeUnit.MILLISECONDS), "each once");
        }
    }

    @Test
    void anAdminResendsADeliveredEventWithTheSameIdAndASwitchedOffEndpointGetsNothing() throws Exception {
        try (MockWebServer server = receiver(0)) {
            server.enqueue(new MockResponse().setResponseCode(200));
            server.enqueue(new MockResponse().setResponseCode(200));
            WebhookAdmin admin = ctx.getBean(WebhookAdmin.class);
            WebhookEndpoint endpoint = admin.register(url(server.getPort()), List.of(WebhookEventType.CASE_CREATED), "Test admin");
            long caseId = newCase(ctx);
            record(ctx, caseId, CaseEventType.CREATED_FROM);
            RecordedRequest first = verified(server, endpoint.secret());
            await(() -> "sent".equals(onlyDelivery(ctx, endpoint.id()).status()), Duration.ofSeconds(10), "recorded sent");

            WebhookEndpoint rotated = admin.rotate(endpoint.id()).orElseThrow();
            assertTrue(admin.resend(endpoint.id(), onlyDelivery(ctx, endpoint.id()).id()));
            RecordedRequest again = verified(server, rotated.secret());
            assertEquals(first.getHeader("webhook-id"), again.getHeader("webhook-id"), "a resend is the same event");

            admin.setActive(endpoint.id(), false);
            record(ctx, newCase(ctx), CaseEventType.TRIAGED);
            assertNull(server.takeRequest(1000, TimeUnit.MILLISECONDS), "nothing to a switched-off endpoint");
            assertNotNull(admin.find(endpoint.id()).orElseThrow());
        }
    }
}
