package uk.council.complaints.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;

/**
 * A client that went away while its request was being read (a closed tab, a dropped mobile connection mid-upload):
 * nobody is there to see an answer, and it is no fault of the service (issue 23). ErrorPages answers it with 499,
 * nginx's "client closed request", so the metrics count it apart from the 5xx, and logs it at DEBUG only.
 */
final class ClientHangUp {
    /** Not in HttpStatus: the code nginx and load balancers use for a request its client abandoned. */
    static final int CLIENT_CLOSED_REQUEST = 499;

    private static final Logger LOG = LoggerFactory.getLogger(ClientHangUp.class);

    private ClientHangUp() {
    }

    /** Nobody reads it: a status for the metrics, and a DEBUG line. */
    static MutableHttpResponse<?> answer(HttpRequest<?> request) {
        LOG.debug("The client closed the connection during {} {}", request.getMethod(), request.getPath());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).status(CLIENT_CLOSED_REQUEST, "Client Closed Request");
    }

    /**
     * An I/O failure met on the server's own connection (thrown on Netty's channel or Micronaut's server read path):
     * a reset, or the end of input before the body. A reset met talking to the database, the mail server or the virus
     * scanner (plain sockets), or through Micronaut's HTTP client, is a fault of ours, not a hang-up.
     */
    static boolean is(HttpRequest<?> request, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("io.micronaut.http.client.")) {
                return false;
            }
        }
        return request != null && readFailure(e);
    }

    private static boolean readFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Netty's own: its native transport (epoll) reports a reset as its IOException, often with no stack frames.
            if (t instanceof IOException && t.getClass().getName().startsWith("io.netty.channel.unix.Errors")
                    || t.getClass().getName().equals("io.netty.handler.codec.PrematureChannelClosureException")
                    || onServerConnection(t) && (t instanceof SocketException || t instanceof ClosedChannelException
                    // The connection closed (by the client, or as idle) before the body it announced had arrived.
                    || t instanceof EOFException)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onServerConnection(Throwable t) {
        return java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("io.netty.channel.")
                || f.getClassName().startsWith("io.micronaut.http.server.netty."));
    }
}
