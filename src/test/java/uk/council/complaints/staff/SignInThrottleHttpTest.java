package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Password guessing is slowed per client, and whoever guesses locks only themselves out: a stranger who knows a
 * colleague's address cannot keep the colleague from signing in. Clients are told apart by the address the
 * load balancer saw (X-Forwarded-For, trusted here because portal.behind-proxy is on).
 */
@MicronautTest(transactional = false)
@Property(name = "portal.behind-proxy", value = "true")
@Property(name = "portal.staff.sign-in-attempts-per-client", value = "8")
class SignInThrottleHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStrangerWhoKeepsGuessingLocksOnlyThemselvesOut() throws Exception {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        String stranger = address();
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> r = signIn(stranger, officer.email(), "guess " + i);
            assertEquals(401, r.statusCode(), () -> r.headers().firstValue("Location").orElse("") + " " + r.body().length());
        }
        HttpResponse<String> locked = signIn(stranger, officer.email(), "guess 5");
        assertEquals(429, locked.statusCode());
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60 + 1, "the lock's remaining time: " + retryAfter);
        assertTrue(Jsoup.parse(locked.body()).select(".govuk-error-summary").text().contains("Try again in 15 minutes"));
        assertEquals(429, signIn(stranger, officer.email(), StaffFixtures.PASSWORD).statusCode(),
                "even the right password, from the client that guessed");
        assertEquals(303, signIn(address(), officer.email(), StaffFixtures.PASSWORD).statusCode(),
                "the officer, at their own desk, signs in");
    }

    @Test
    void oneClientCanOnlyTrySoManyTimesWhateverTheAddress() throws Exception {
        String script = address();
        for (int i = 1; i <= 8; i++) {
            assertEquals(401, signIn(script, "person" + i + "@northfield.example", "guess").statusCode());
        }
        HttpResponse<String> limited = signIn(script, "person9@northfield.example", "guess");
        assertEquals(429, limited.statusCode());
        assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertTrue(Jsoup.parse(limited.body()).select(".govuk-error-summary").text().contains("from your connection"));
        StaffMember manager = StaffFixtures.user(ctx, StaffRole.MANAGER);
        assertEquals(303, signIn(address(), manager.email(), StaffFixtures.PASSWORD).statusCode(), "other clients are not slowed");
    }

    /** A new client each time: the balancer's own entry (the last one) is what counts. */
    private static String address() {
        return "198.51.100.7, 203.0.113." + CLIENTS.incrementAndGet();
    }

    private HttpResponse<String> signIn(String forwardedFor, String email, String password) throws Exception {
        FormClient page = new FormClient(server.getURI());
        page.get("/staff/sign-in");
        String body = "csrfToken=" + enc(page.csrfToken()) + "&email=" + enc(email) + "&password=" + enc(password);
        return http.send(HttpRequest.newBuilder(server.getURI().resolve("/staff/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", page.cookieHeader())
                .header("X-Forwarded-For", forwardedFor).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
