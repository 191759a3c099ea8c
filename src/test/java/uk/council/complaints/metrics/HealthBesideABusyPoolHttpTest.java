package uk.council.complaints.metrics;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 26 (ADR 0032): the I/O pool the pages run on is bounded, so when every one of its threads is taken (pages waiting
 * on a slow database) /health must still say UP for a database that answers. Its probe runs on an executor of its own;
 * on the pages' pool it queued behind them and gave up after 1.5 s, a false DOWN. Here the pool has one thread, held by
 * a task that waits until the test ends.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.executors.io.n-threads", value = "1")
class HealthBesideABusyPoolHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    @Named(TaskExecutors.IO)
    ExecutorService pages;

    @Test
    void healthSaysUpWhileEveryPagesThreadIsTaken() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch taken = new CountDownLatch(1);
        pages.execute(() -> {
            taken.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            taken.await();
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve("/health"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertEquals("{\"status\":\"UP\"}", health.body());
        } finally {
            release.countDown();
        }
    }
}
