package uk.council.complaints.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

import java.util.Optional;

/**
 * A feature's own answer to a request whose body is over the server's limit on one of its routes, instead of the
 * generic 413 page: the evidence upload says the file is too big, on its page, with the files already attached.
 * The response's body may be a view ({@code ModelAndView}): {@link ErrorPages} renders it.
 */
public interface OversizedBody {
    /** The answer for this request; empty when the route is not this feature's. */
    Optional<MutableHttpResponse<?>> answer(HttpRequest<?> request);
}
