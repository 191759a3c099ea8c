package uk.council.complaints.webhook;

import com.standardwebhooks.Webhook;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.support.Postgres;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Webhook receivers on this machine (okhttp's MockWebServer), contexts that may post to them, and verifying what came. */
final class Receivers {
    private Receivers() {
    }

    /** A context (no HTTP server) allowed to post over http to 127.0.0.1, polling its deliveries every 100 ms. */
    static ApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> all = new HashMap<>();
        all.put("portal.webhooks.allow-http-hosts", "127.0.0.1");
        all.put("portal.webhooks.allow-private-hosts", "127.0.0.1");
        all.put("portal.webhooks.poll-interval", "100ms");
        all.put("portal.webhooks.initial-delay", "10ms");
        all.put("portal.webhooks.timeout", "2s");
        all.put("portal.mail.backoff-base", "300ms");
        all.put("portal.mail.backoff-max", "600ms");
        all.put("portal.base-url", "https://complaints.council.example");
        if (Postgres.active()) {
            all.putAll(Postgres.settings());
        }
        all.putAll(extra);
        return ApplicationContext.run(all, "test");
    }

    static MockWebServer receiver(int port) throws Exception {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), port);
        return server;
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    static String url(int port) {
        return "http://127.0.0.1:" + port + "/hooks/portal";
    }

    /** A triaged Stage 1 complaint; its id. */
    static long newCase(ApplicationContext ctx) {
        String reference = StaffFixtures.store(ctx, SubmissionKind.COMPLAINT, "children-in-care", List.of("apology"));
        return ctx.getBean(CaseRepository.class).findByReference(reference).orElseThrow().id();
    }

    /** A timeline event recorded on the case, as any feature records one. */
    static void record(ApplicationContext ctx, long caseId, CaseEventType type) {
        ctx.getBean(CaseTimeline.class).record(caseId, CaseTimeline.SYSTEM, type, null);
    }

    /**
     * The next request, verified with the Standard Webhooks reference library against the endpoint's secret
     * (it throws on a bad signature or a timestamp more than 5 minutes off).
     */
    static RecordedRequest verified(MockWebServer server, String secret) throws Exception {
        RecordedRequest request = server.takeRequest(15, TimeUnit.SECONDS);
        if (request == null) {
            fail("nothing arrived at the receiver");
        }
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            headers.put(name, List.of(request.getHeader(name)));
        }
        new Webhook(secret).verify(request.getBody().clone().readUtf8(), headers);
        return request;
    }

    static String body(RecordedRequest request) {
        return request.getBody().clone().readUtf8();
    }

    static void await(Supplier<Boolean> condition, Duration timeout, String what) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.get()) {
            if (Instant.now().isAfter(until)) {
                fail("timed out waiting: " + what);
            }
            Thread.sleep(50);
        }
    }

    static WebhookDelivery onlyDelivery(ApplicationContext ctx, long endpointId) {
        List<WebhookDelivery> all = ctx.getBean(WebhookDeliveryRepository.class).findLatest(endpointId, 10);
        assertTrue(all.size() == 1, "one delivery: " + all);
        return all.get(0);
    }

    static <T> T inTransaction(ApplicationContext ctx, Supplier<T> work) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = ctx.getBean(TransactionOperations.class);
        return tx.executeWrite(status -> work.get());
    }

    static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
