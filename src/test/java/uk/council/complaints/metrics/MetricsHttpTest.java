package uk.council.complaints.metrics;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import uk.council.complaints.intake.Journeys;
import uk.council.complaints.support.FormClient;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prometheus metrics on the management listener (127.0.0.1) only; nothing of them on the public port. */
class MetricsHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void prometheusIsServedOnTheManagementPortOnlyWithRouteTemplatesAndNoPersonalData() throws Exception {
        int managementPort = freePort();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("portal.management.port", managementPort, "micronaut.server.port", -1), "test")) {
            assertNotEquals(managementPort, server.getPort(), "the server's own port is the public one");
            URI management = URI.create("http://127.0.0.1:" + managementPort);

            // A journey, up to a case: so there are requests, a submission and an email in the outbox.
            FormClient client = new FormClient(server.getURI());
            Journeys.parentComplaint(client, "metrics.person@example.org");
            String reference = Journeys.submit(client);
            server.getApplicationContext().getBean(PortalMetrics.class).refresh();

            // The public port: no metrics, under any of the usual paths.
            for (String path : new String[]{"/prometheus", "/metrics", "/prometheus/", "/metrics/jvm.memory.used"}) {
                HttpResponse<String> onPublic = get(server.getURI().resolve(path));
                assertEquals(404, onPublic.statusCode(), path + " on the public port");
                assertFalse(onPublic.body().contains("jvm_memory"), path);
            }
            // The management port: the metrics and nothing else (no page, no /health).
            assertEquals(404, get(management.resolve("/form/what-would-you-like-to-do")).statusCode());
            HttpResponse<String> scrape = get(management.resolve("/prometheus"));
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            String body = scrape.body();
            for (String expected : new String[]{
                    "http_server_requests_seconds_count{", "uri=\"/form/{slug}\"", "method=\"POST\"", "status=\"303\"",
                    "portal_submissions_total{kind=\"complaint\"} 1.0",
                    "portal_outbox_pending ", "portal_outbox_oldest_pending_age_seconds ", "portal_outbox_failed ",
                    "portal_queue_open_cases{", "hikaricp_connections", "jvm_memory_used_bytes", "jvm_gc_"}) {
                assertTrue(body.contains(expected), "metrics lack " + expected);
            }
            // No personal data and no reference in any label or value.
            for (String personal : new String[]{"metrics.person", "example.org", "Alex Parent", "Sam Example", reference,
                    "what-would-you-like-to-do", "is-a-child-at-risk", "uri=\"/prometheus", "uri=\"/metrics"}) {
                assertFalse(body.contains(personal), "metrics hold " + personal);
            }

            // The management listener is bound to loopback: on any other address of this machine, nothing answers.
            Optional<InetAddress> other = otherAddress();
            if (other.isPresent()) {
                assertThrows(java.io.IOException.class, () -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(other.get(), managementPort), 2000);
                    }
                }, "management port open on " + other.get());
            }
        }
    }

    private static Optional<InetAddress> otherAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
