package uk.council.complaints.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;

/** Telling a request no browser would send (the client's fault, a 4xx) from a fault of ours (a 5xx). */
final class MalformedRequests {
    private MalformedRequests() {
    }

    /** The status for a request that could not even be read, if that is what {@code e} says. */
    static Optional<HttpStatus> clientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLongHttpLineException) {
                return Optional.of(HttpStatus.REQUEST_URI_TOO_LONG);
            }
            if (t instanceof TooLongHttpHeaderException) {
                return Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
            }
            if (t instanceof TooLongFrameException) {
                return Optional.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
            }
            if (t instanceof URISyntaxException || t instanceof CharacterCodingException
                    || t instanceof IllegalArgumentException && t.getStackTrace().length > 0
                    && decodes(t.getStackTrace()[0].getClassName())) {
                return Optional.of(HttpStatus.BAD_REQUEST);
            }
        }
        return Optional.empty();
    }

    /** The failure Netty met reading the request line and headers, if any. */
    static Optional<Throwable> decoderFailure(HttpRequest<?> request) {
        return request instanceof NettyHttpRequest<?> netty
                ? Optional.ofNullable(netty.getNativeRequest().decoderResult().cause()) : Optional.empty();
    }

    private static boolean decodes(String className) {
        // Micronaut decodes query parameters lazily with Netty's decoder; an address that is not a URI arrives
        // as a URISyntaxException cause, checked above.
        return className.startsWith("io.netty.util.internal.StringUtil") || className.contains("QueryStringDecoder");
    }
}
