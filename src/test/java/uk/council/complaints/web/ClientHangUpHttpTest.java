package uk.council.complaints.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.council.complaints.intake.Journeys;
import uk.council.complaints.support.FormClient;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person who closes the tab, or whose connection drops, halfway through sending a page or a file (issue 23) is no
 * fault of the service: no ERROR line and no stack frames in the log, and no 5xx in http_server_requests_seconds, so
 * that an alert on either means something an operator must act on.
 */
@MicronautTest(transactional = false)
class ClientHangUpHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    MeterRegistry registry;
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
    void hangingUpMidUploadOrMidFormIsNotAServerError() throws Exception {
        FormClient client = new FormClient(server.getURI());
        Journeys.step(client, "what-would-you-like-to-do", "purpose", "complaint");
        client.get("/form/who-are-you");
        String boundary = "----hangup";
        for (int i = 0; i < 5; i++) {
            String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrfToken\"\r\n\r\n" + client.csrfToken()
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"letter.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n" + "x".repeat(200_000);
            hangUp(client, "/form/documents-and-photos/upload", "multipart/form-data; boundary=" + boundary, multipart, 2_000_000,
                    i % 2 == 1);
            hangUp(client, "/form/who-are-you", "application/x-www-form-urlencoded",
                    "csrfToken=" + client.csrfToken() + "&role=par", 10_000, i % 2 == 0);
        }
        // The next request on the server is answered: the earlier ones are over, whatever they logged.
        assertEquals(200, client.get("/form/who-are-you").status());
        Thread.sleep(500);

        List<ILoggingEvent> errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).toList();
        assertTrue(errors.isEmpty(), "ERROR lines: " + errors.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertTrue(log.list.stream().noneMatch(e -> e.getThrowableProxy() != null && e.getLevel().isGreaterOrEqual(Level.WARN)),
                "no stack frames: " + log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        double serverErrors = registry.find("http.server.requests").timers().stream()
                .filter(t -> String.valueOf(t.getId().getTag("status")).startsWith("5")).mapToDouble(t -> t.count()).sum();
        assertEquals(0, serverErrors, "5xx counted in http_server_requests_seconds");
        double abandoned = registry.find("http.server.requests").tag("status", "499").timers().stream().mapToDouble(t -> t.count()).sum();
        assertTrue(abandoned > 0, "the hang-ups are counted apart, as 499 (client closed request)");
    }

    /** Sends the headers and part of the body the headers promise, then resets the connection, or closes it. */
    private void hangUp(FormClient client, String path, String type, String partialBody, int promised, boolean reset)
            throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                    + "\r\nContent-Type: " + type + "\r\nContent-Length: " + promised
                    + "\r\nCookie: " + client.cookieHeader() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(partialBody.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200);
            if (reset) {
                socket.setSoLinger(true, 0);
            }
        }
    }
}
