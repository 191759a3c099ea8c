package uk.council.complaints.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The first page a visitor opens after a start costs ten times a warm one (issue 26, docs/benchmarks.md): the template
 * engine initialises, the layout and components are parsed, the message bundles load, the CSRF token's classes and
 * the request pipeline run for the first time. So the portal asks for its own start page and first question page as
 * soon as it listens, on a thread of their own, while the main thread finishes starting and the second core is
 * idle. Plain HTTP on the loopback address, as a visitor's request arrives: nothing is stored (neither page makes a
 * draft). Switched off with {@code portal.warm-up.enabled: false} (the tests do, but one).
 */
@Singleton
@Requires(property = "portal.warm-up.enabled", notEquals = "false")
class FirstPageWarmUp implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(FirstPageWarmUp.class);
    static final List<String> PATHS = List.of("/", "/form/what-would-you-like-to-do");
    private static final int TIMEOUT_MS = 30_000;
    // A browser's header, so the warm-up takes the path a visitor's first page takes (content negotiation included).
    // Any Accept a page answers would do: a bare "text/html" too, since pages declare @Produces(Html.PAGE) (issue 26).
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private final List<String> statusLines = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        EmbeddedServer server = event.getSource();
        if (!"http".equals(server.getScheme())) {
            return;
        }
        Thread thread = new Thread(() -> PATHS.forEach(path -> ask(server.getPort(), path)), "first-page-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The status line of each page asked for so far, in order (for the test that shows it works as shipped). */
    List<String> statusLines() {
        return List.copyOf(statusLines);
    }

    private void ask(int port, String path) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nUser-Agent: portal-warm-up\r\n"
                    + "Accept: " + BROWSER_ACCEPT + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = firstLine(in);
            in.transferTo(OutputStream.nullOutputStream());
            statusLines.add(statusLine);
            LOG.debug("Warm-up {}: {}", path, statusLine);
        } catch (IOException e) {
            // Only the first visitor's wait is at stake: never a reason to stop or to warn.
            LOG.debug("Warm-up {} not answered: {}", path, e.toString());
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
