package uk.council.complaints.web;

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

    private ClientHangUp() {
    }

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketException || t instanceof ClosedChannelException
                    // Netty's native transport (epoll) reports a reset as its own IOException.
                    || t instanceof IOException && t.getClass().getName().startsWith("io.netty.channel.unix.Errors")
                    || t.getClass().getName().equals("io.netty.handler.codec.PrematureChannelClosureException")
                    // The connection closed (by the client, or as idle) before the body it announced had arrived.
                    || t instanceof EOFException && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith("io.micronaut.http.server.netty.")) {
                return true;
            }
        }
        return false;
    }
}
