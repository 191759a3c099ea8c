package uk.council.complaints.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.council.complaints.support.FormClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form body sent a few bytes a second is never idle, so only its deadline ends it (issue 23; web.BodyDeadline):
 * here 2 s (production: 30 s). The connection gets a 408 and is closed long before the trickle would have ended,
 * with no ERROR line; a body sent at once is unaffected on the same server.
 */
class TrickledBodyHttpTest {
    static final int BODY_BYTES = 200;
    static final long GAP_MS = 250;
    static final int NOTHING_YET = Integer.MIN_VALUE;

    @Test
    void aTrickledBodyGets408WithinItsDeadlineAndANormalBodyIsUnaffected() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "portal.server.body-deadline", "2s"), "test")) {
            FormClient person = new FormClient(server.getURI());
            person.get("/form/what-would-you-like-to-do");
            FormClient.Page answered = person.post("/form/what-would-you-like-to-do", "purpose", "complaint");
            assertEquals(303, answered.status(), "a body sent at once is read as before");

            long start = System.nanoTime();
            String answer = trickle(server);
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(answer.startsWith("HTTP/1.1 408"), "the trickle's answer: " + answer);
            assertTrue(tookMs < BODY_BYTES * GAP_MS / 2, "closed after " + tookMs + " ms, long before the body's "
                    + BODY_BYTES * GAP_MS + " ms");
        } finally {
            root.detachAppender(log);
        }
        assertTrue(log.list.stream().noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)), "no ERROR line: "
                + log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).map(ILoggingEvent::getFormattedMessage).toList());
    }

    /** Sends a form's head, then its body a byte every {@link #GAP_MS} until the server answers or closes. */
    private static String trickle(EmbeddedServer server) throws IOException, InterruptedException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(1);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /form/what-would-you-like-to-do HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                    + "application/x-www-form-urlencoded\r\nContent-Length: " + BODY_BYTES + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            for (int sent = 0; sent < BODY_BYTES; sent++) {
                try {
                    out.write('a');
                    out.flush();
                    Thread.sleep(GAP_MS);
                    int first = readQuietly(in);
                    if (first == NOTHING_YET) {
                        continue;
                    }
                    if (first >= 0) {
                        answer.write(first);
                        socket.setSoTimeout(2_000);
                        answer.write(readUntilQuiet(in));
                    }
                    break;
                } catch (SocketException closed) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.US_ASCII);
        }
    }

    /** What the server sends until it closes, or stops sending for 2 s (a connection kept alive). */
    private static byte[] readUntilQuiet(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException keptOpen) {
            // an answer on a connection kept open
        }
        return out.toByteArray();
    }

    /** The next byte, -1 at the end, or {@link #NOTHING_YET} (a 1 ms read timeout). */
    private static int readQuietly(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (java.net.SocketTimeoutException nothingYet) {
            return NOTHING_YET;
        }
    }
}
