package uk.council.complaints.staff;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20.5: staff sign-in with the council's identity provider in the BUILT jar (target/*.jar, as production runs
 * it, not the test classpath), against a real OpenID Connect server (mock-oauth2-server): a dependency scope can never
 * again leave the jar without its OpenID client. Run by maven-failsafe-plugin after `package` (`mvn verify`).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedJarOpenIdIT {
    private static final String ADMIN = "lead@northfield.example";
    private final MockOAuth2Server idp = new MockOAuth2Server();
    private Process portal;
    private URI base;
    private Path log;

    @BeforeAll
    void startTheJar() throws Exception {
        String jar = System.getProperty("portal.jar", "target/complaints-portal-0.1.0.jar");
        assertTrue(new File(jar).isFile(), "the built jar: " + jar);
        idp.start();
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = URI.create("http://localhost:" + port);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmicronaut.security.oauth2.clients.council.client-id=complaints-portal",
                "-Dmicronaut.security.oauth2.clients.council.client-secret=a-client-secret",
                "-Dmicronaut.security.oauth2.clients.council.openid.issuer=" + idp.issuerUrl("council"),
                "-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command);
        log = Files.createTempFile("portal-jar", ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("PORT", Integer.toString(port), "PORTAL_BASE_URL", base.toString(),
                "PORTAL_DB_URL", "jdbc:h2:mem:jar;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "PORTAL_MANAGEMENT_PORT", "0", "PORTAL_STAFF_OIDC_CLIENT", "council",
                "PORTAL_ADMIN_EMAIL", ADMIN, "PORTAL_ADMIN_PASSWORD", "a long passphrase for the jar test",
                "PORTAL_CSRF_SECRET", "a-csrf-signing-key-for-the-packaged-jar-test-only"));
        portal = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        for (long until = System.currentTimeMillis() + 90_000; System.currentTimeMillis() < until; Thread.sleep(250)) {
            assertTrue(portal.isAlive(), () -> "the jar stopped: " + output());
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
        }
        throw new AssertionError("the jar did not start: " + output());
    }

    @AfterAll
    void stop() throws Exception {
        if (portal != null) {
            portal.destroy();
            portal.waitFor();
        }
        idp.shutdown();
    }

    @Test
    void theJarSignsStaffInThroughTheIdentityProvider() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> toIdp = get(browser, base.resolve("/oauth/login/council"));
        assertTrue(toIdp.statusCode() == 302 || toIdp.statusCode() == 303,
                () -> "the OpenID client in the jar: " + toIdp.statusCode() + " " + output());
        URI authorize = URI.create(toIdp.headers().firstValue("Location").orElseThrow());
        assertTrue(authorize.toString().startsWith(idp.issuerUrl("council").toString()), authorize.toString());
        idp.enqueueCallback(new DefaultOAuth2TokenCallback("council", "lead", "JWT", List.of("complaints-portal"),
                Map.of("email", ADMIN), 3600));
        URI callback = URI.create(get(browser, authorize).headers().firstValue("Location").orElseThrow());
        HttpResponse<String> signedIn = get(browser, callback);
        // The portal's own "You are signed in" page, which moves on to the queue (ADR 0021), with the Strict cookie.
        assertEquals(200, signedIn.statusCode(), () -> signedIn.statusCode() + " " + signedIn.body() + output());
        assertTrue(signedIn.body().contains("content=\"0; url=/staff/queue\""), signedIn.body());
        assertTrue(signedIn.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("portal-staff=") && c.contains("SameSite=Strict")), signedIn.headers().toString());
        assertEquals(200, get(browser, base.resolve("/staff/queue")).statusCode());
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String output() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (java.io.IOException e) {
            return "(no output)";
        }
    }
}
