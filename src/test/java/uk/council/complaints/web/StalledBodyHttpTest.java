package uk.council.complaints.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A body that stops arriving, and a connection left open with nothing on it, are closed by the server after
 * micronaut.server.idle-timeout (issue 23: Micronaut closes a connection
 * on which nothing was read or written for that long; its read-idle-timeout alone closes nothing; application.yml and ADR 0024 give the production value), instead of
 * holding a connection for Micronaut's default five minutes. Here the limit is 2 s; the test allows 20 for a loaded machine.
 */
class StalledBodyHttpTest {
    @Test
    void aStalledBodyAndAnIdleConnectionAreClosed() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "micronaut.server.idle-timeout", "2s"), "test")) {
            String stalled = "POST /form/what-would-you-like-to-do HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\npurpose=comp";
            assertClosed(server, stalled);
            assertClosed(server, "");
        } finally {
            root.detachAppender(log);
        }
        assertTrue(log.list.stream().noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)),
                "no ERROR line for a connection closed as idle: " + log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    private static void assertClosed(EmbeddedServer server, String sent) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(sent.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                while (in.read(buffer) >= 0) {
                    // whatever the server says before it closes
                }
            } catch (SocketException reset) {
                // closed with a reset: closed all the same
            } catch (SocketTimeoutException stillOpen) {
                fail("the connection was still open after 20 s with " + (sent.isEmpty() ? "nothing sent" : "a stalled body"));
            }
        }
    }
}
