package uk.council.complaints.web;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uk.council.complaints.intake.Journeys;
import uk.council.complaints.support.DatabaseProxy;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.support.Postgres;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database cut while many people's pages are waiting for it (issue 23): /health still says DOWN within its bound
 * and /health/liveness UP within a second, because the pages' waits do not hold the server's event-loop threads
 * (ADR 0024). Before the fix, each page held an event-loop thread for the 3 s connection wait and the probes queued
 * behind them.
 */
@EnabledIfSystemProperty(named = "micronaut.environments", matches = ".*postgres.*")
class OutageUnderLoadHttpTest {
    static final int PAGES_IN_FLIGHT = 20;
    static final long LIVENESS_BOUND_MS = 1_000;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static DatabaseProxy proxy;
    static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        proxy = new DatabaseProxy(Postgres.host(), 5432);
        server = Postgres.portalThrough(proxy, Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        proxy.close();
    }

    @Test
    void withTwentyPagesWaitingOnTheDatabaseHealthAndLivenessStillAnswerInTime() throws Exception {
        FormClient person = new FormClient(server.getURI());
        Journeys.step(person, "what-would-you-like-to-do", "purpose", "complaint");
        String cookies = person.cookieHeader();
        assertEquals(200, send("/health").statusCode(), "UP before the cut");

        proxy.cut();
        try {
            List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
            for (int i = 0; i < PAGES_IN_FLIGHT; i++) {
                pages.add(HTTP.sendAsync(HttpRequest.newBuilder(server.getURI().resolve("/form/who-are-you"))
                        .header("Cookie", cookies).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(500); // the pages have reached the server and wait for a connection

            long start = System.nanoTime();
            HttpResponse<String> health = send("/health");
            long healthMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            HttpResponse<String> liveness = send("/health/liveness");
            long livenessMs = (System.nanoTime() - start) / 1_000_000;

            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("DOWN"), health.body());
            assertTrue(healthMs < DatabaseOutageHttpTest.HEALTH_BOUND_MS, "/health answered in " + healthMs + " ms");
            assertEquals(200, liveness.statusCode());
            assertTrue(livenessMs < LIVENESS_BOUND_MS, "/health/liveness answered in " + livenessMs + " ms");
            for (CompletableFuture<HttpResponse<String>> page : pages) {
                assertEquals(503, page.get(60, TimeUnit.SECONDS).statusCode(), "every waiting page gets the 'not available' page");
            }
        } finally {
            proxy.restore();
        }
    }

    private static HttpResponse<String> send(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
