package uk.council.complaints.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class SecurityHttpTest {
    @Inject
    EmbeddedServer server;

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/form/what-would-you-like-to-do", "/form/missing-page", "/assets/app/css/portal.css")) {
            var headers = new FormClient(server.getURI()).get(path).raw().headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void aForwardedProtoHeaderIsIgnoredWhenNotBehindAProxy() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        server.getURI().resolve("/form/what-would-you-like-to-do")).header("X-Forwarded-Proto", "https").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "a client cannot claim https");
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.toLowerCase().contains("secure")));
    }

    @Test
    void noPageHasInlineScriptOrStyle() {
        var html = new FormClient(server.getURI()).get("/").html();
        assertTrue(html.select("script:not([src])").isEmpty());
        assertTrue(html.select("[style]").isEmpty());
        assertTrue(html.select("style").isEmpty());
    }

    @Test
    void cookiesAreHttpOnlyAndSameSite() {
        FormClient client = new FormClient(server.getURI());
        var csrfCookie = client.get("/form/what-would-you-like-to-do").raw().headers().allValues("Set-Cookie");
        assertTrue(csrfCookie.stream().anyMatch(c -> c.startsWith("portal-csrf=") && c.toLowerCase().contains("httponly")
                && c.toLowerCase().contains("samesite=lax")), csrfCookie.toString());
        var draftCookie = client.post("/form/what-would-you-like-to-do", "purpose", "complaint").raw().headers().allValues("Set-Cookie");
        assertTrue(draftCookie.stream().anyMatch(c -> c.startsWith("portal-draft=") && c.toLowerCase().contains("httponly")
                && c.toLowerCase().contains("samesite=lax")), draftCookie.toString());
    }

    @Test
    void aFormBodyThatArrivesAfterTheHeadersIsAccepted() throws Exception {
        FormClient client = new FormClient(server.getURI());
        client.get("/form/what-would-you-like-to-do");
        String body = "csrfToken=" + URLEncoder.encode(client.csrfToken(), StandardCharsets.UTF_8) + "&purpose=complaint";
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /form/what-would-you-like-to-do HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n"
                    + "Cookie: " + client.cookieHeader() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(400); // a slow connection: the body comes after the headers (micronaut-security#1984)
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = read(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 303"), response.lines().findFirst().orElse(""));
            assertTrue(response.contains("location: /form/who-are-you") || response.contains("Location: /form/who-are-you"));
        }
    }

    @Test
    void anOversizedBodyIsRefusedWithoutAServerError() {
        FormClient client = new FormClient(server.getURI());
        // Over micronaut.server.max-request-size (1MB: a 100,000-character paste fits, BadInputOnEveryPageHttpTest).
        FormClient.Page page = client.post("/form/what-would-you-like-to-do", "purpose", "x".repeat(1_100_000));
        assertTrue(page.status() >= 400 && page.status() < 500, "status " + page.status());
        assertFalse(page.body().contains("Exception"));
    }

    private static String read(InputStream in) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
