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

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database that answers, but slowly (issue 23: 1 s a round trip): every statement stays under its own limit, so
 * only the request's deadline stops a page of many statements (ADR 0024). The submit, the page with the most
 * statements, gets the "not available right now" page at about the deadline instead of the sum of its statements,
 * makes no case, and the same person submits once when the database is quick again.
 */
@EnabledIfSystemProperty(named = "micronaut.environments", matches = ".*postgres.*")
class SlowDatabaseHttpTest {
    /** The deadline here (production: 15 s); a request ends at most one statement (about a round trip) after it. */
    static final long DEADLINE_MS = 2_000;
    static final Duration EACH_WAY = Duration.ofMillis(500);
    static DatabaseProxy proxy;
    static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        proxy = new DatabaseProxy(Postgres.host(), 5432);
        server = Postgres.portalThrough(proxy, Map.of("portal.database.request-deadline", DEADLINE_MS + "ms"));
    }

    @AfterAll
    static void stop() {
        server.close();
        proxy.close();
    }

    @Test
    void aSubmitOnASlowDatabaseAnswersAtItsDeadlineAndTheSameSubmitWorksAfter() {
        String email = "slow." + UUID.randomUUID() + "@example.org";
        FormClient client = new FormClient(server.getURI());
        Journeys.parentComplaint(client, email);
        client.get("/form/check");
        String token = client.csrfToken();

        proxy.slow(EACH_WAY);
        long start = System.nanoTime();
        FormClient.Page page;
        try {
            page = client.postRaw("/form/submit", "csrfToken", token);
        } finally {
            proxy.restore();
        }
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals(503, page.status(), "the submit on a slow database");
        assertTrue(page.body().contains("The answers you gave on earlier pages are saved: try again in a few minutes"));
        long bound = DEADLINE_MS + 4 * EACH_WAY.toMillis() + 1_500;
        assertTrue(tookMs < bound, "answered in " + tookMs + " ms, not within the deadline and a statement (" + bound + " ms)");
        assertEquals(200, client.get("/form/check").status(), "the draft is kept");
        Journeys.submit(client);
    }
}
