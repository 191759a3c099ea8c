package uk.council.complaints.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.council.complaints.support.FormClient;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests no browser would send get a 4xx and the service's own page, never a 5xx, and leave at most one WARN
 * line without values in the log, never a stack trace. Sent over a raw socket: an HTTP client would refuse to.
 */
@MicronautTest
class MalformedRequestHttpTest {
    @Inject
    EmbeddedServer server;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void watchTheLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    @Test
    void malformedAddressesAndBodiesAre400() throws Exception {
        String longValue = "a".repeat(9000);
        for (String target : List.of("/%zz", "/x\\y", "/a|b", "/staff/queue?status=%zz", "/form/what-would-you-like-to-do?x=%ff%fe",
                "/x%c3%28", "/staff/sign-in?returnTo=%")) {
            expect(400, "GET " + target, "Sorry, we could not accept that form");
        }
        FormClient client = new FormClient(server.getURI());
        client.get("/staff/sign-in");
        for (String body : List.of("email=%zz", "email=%ff%fe&password=x", "email=%")) {
            expect(400, post("/staff/sign-in", client, body), "Sorry, we could not accept that form");
            expect(400, post("/form/what-would-you-like-to-do", client, "purpose=complaint&other=" + body),
                    "Sorry, we could not accept that form");
        }
        expect(414, "GET /" + longValue, "Sorry, that web address is too long");
        expect(414, "GET /form/who-are-you?q=" + longValue, "Sorry, that web address is too long");
    }

    @Test
    void methodsARouteDoesNotTakeAre405() throws Exception {
        for (String method : List.of("PUT", "DELETE", "POST", "TRACE", "PATCH")) {
            String response = expect(405, method + " /assets/app/css/portal.css", "Sorry, that cannot be done on this page");
            assertTrue(response.contains("Allow: GET, HEAD"), response.lines().findFirst().orElse(""));
        }
        expect(405, "TRACE /", "Sorry, that cannot be done on this page");
        expect(405, "DELETE /form/what-would-you-like-to-do", "Sorry, that cannot be done on this page");
        assertTrue(raw("HEAD /assets/app/css/portal.css").startsWith("HTTP/1.1 200"));
    }

    private String post(String path, FormClient client, String body) {
        return "POST " + path + " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nCookie: "
                + client.cookieHeader() + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    /** Sends {@code request}; checks the status, the page's heading and what was logged. The whole response. */
    private String expect(int status, String request, String heading) throws Exception {
        log.list.clear();
        String response = raw(request);
        String line = request.lines().findFirst().orElse("");
        String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        assertTrue(response.matches("(?s)HTTP/1\\.[01] " + status + " .*"), shown + " -> " + response.lines().findFirst().orElse(""));
        String html = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertEquals(heading, Jsoup.parse(html).select("h1").text(), shown);
        List<ILoggingEvent> logged = List.copyOf(log.list);
        assertTrue(logged.stream().noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)), "no ERROR: " + logged);
        assertTrue(logged.stream().filter(e -> e.getLevel() == Level.WARN).count() <= 1, "one WARN at most: " + logged);
        assertTrue(logged.stream().allMatch(e -> e.getThrowableProxy() == null), "no stack trace");
        assertTrue(logged.stream().noneMatch(e -> e.getFormattedMessage().contains("%") || e.getFormattedMessage().contains("aaaa")),
                "no values in the log: " + logged);
        return response;
    }

    private String raw(String request) throws Exception {
        String full = request.contains("HTTP/1.1") ? request : request + " HTTP/1.1\r\n\r\n";
        full = full.replaceFirst("HTTP/1.1\r\n", "HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(full.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
