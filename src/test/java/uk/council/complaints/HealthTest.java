package uk.council.complaints;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class HealthTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ApplicationContext ctx;

    @Test
    void healthSaysUpAndNothingElseToAnonymousCallers() {
        assertEquals("{\"status\":\"UP\"}", client.toBlocking().retrieve("/health"), "no JDBC URL, no disk, no counts");
    }

    @Test
    void livenessSaysUpWithoutTheDatabaseIndicators() {
        assertEquals("{\"status\":\"UP\"}", client.toBlocking().retrieve("/health/liveness"));
    }

    @Test
    void theDatabaseAndTheOutboxArePartOfTheHealthCheck() {
        var indicators = ctx.getBeansOfType(HealthIndicator.class).stream().map(i -> i.getClass().getSimpleName()).toList();
        assertTrue(indicators.stream().anyMatch(n -> n.startsWith("DatabaseHealth")), indicators.toString());
        assertTrue(indicators.stream().noneMatch(n -> n.startsWith("JdbcIndicator")), "the unbounded check is off: " + indicators);
        assertTrue(indicators.stream().anyMatch(n -> n.startsWith("OutboxHealth")), indicators.toString());
    }
}
