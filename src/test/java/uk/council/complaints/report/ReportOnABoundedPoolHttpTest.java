package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 26 (ADR 0032): the report page runs its previous period's query beside its own, and waits for it. With the I/O
 * pool bounded, that query must not be queued on the pool the page itself holds: with every thread of the pool taken by
 * report pages (here the pool is one thread), each would wait for ever on work queued behind itself.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.executors.io.n-threads", value = "1")
class ReportOnABoundedPoolHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void theReportPageAnswersWhenItHoldsThePoolsOnlyThread() throws Exception {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        HttpRequest page = HttpRequest.newBuilder(server.getURI().resolve("/staff/reports?from=2025-04-01&to=2026-03-31"))
                .header("Cookie", manager.cookieHeader()).timeout(Duration.ofSeconds(20)).build();
        try {
            HttpResponse<String> report = HttpClient.newHttpClient().send(page, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, report.statusCode());
        } catch (HttpTimeoutException e) {
            fail("the report page waited on its own pool for 20 s");
        }
    }
}
