package uk.council.complaints;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class HealthTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void healthAnswersUpWithTheDatabase() {
        String body = client.toBlocking().retrieve("/health");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("jdbc"), "the database is part of the health check: " + body);
    }
}
