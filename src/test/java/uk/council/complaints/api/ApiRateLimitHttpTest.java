package uk.council.complaints.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each client has its own rate limit: beyond it, 429 problem details with Retry-After; other clients are unaffected. */
@MicronautTest(transactional = false)
@Property(name = "portal.api.test-probe", value = "true")
@Property(name = "portal.api.calls-per-period", value = "3")
@Property(name = "portal.api.period", value = "1h")
class ApiRateLimitHttpTest {
    private static final String PROBE = "/api/v1/probe";
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    ApiCallRepository calls;

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndOthersCarryOn() {
        ApiHttp api = new ApiHttp(server.getURI(), ctx);
        ApiClients.Issued busy = ApiHttp.client(ctx, ApiScope.CASES_IMPORT_SCOPE);
        ApiClients.Issued other = ApiHttp.client(ctx, ApiScope.CASES_IMPORT_SCOPE);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.get(PROBE, busy).status(), "call " + (i + 1));
        }
        ApiHttp.Answer limited = api.get(PROBE, busy);
        assertEquals(429, limited.status(), limited.body());
        assertTrue(limited.isProblem());
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        // Three calls an hour: the next one is about 20 minutes away.
        assertTrue(retryAfter > 60 && retryAfter <= 1200, "Retry-After " + retryAfter);
        assertEquals(200, api.get(PROBE, other).status());
        assertEquals(List.of(429, 200, 200, 200), calls.latest(busy.client().id(), 10).stream().map(ApiCall::status).toList());
    }
}
