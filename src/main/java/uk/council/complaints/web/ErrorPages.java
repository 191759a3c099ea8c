package uk.council.complaints.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every failure a person can meet is an HTML page in the service's own voice (under /api/: problem details). */
@Controller
// The router offers an error route only to a request that accepts what it produces: the page for a browser or a tool
// that accepts only text/html, problem details for the API's JSON clients. Never */*, which would put these routes
// ahead of the API's own error routes for a request with no Accept header (DefaultRouter prefers "produces all").
@Produces({Html.PAGE, MediaType.APPLICATION_JSON})
class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final List<OversizedBody> oversized;
    private final ProblemDetails problems;

    ErrorPages(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer, List<OversizedBody> oversized,
               ProblemDetails problems) {
        this.renderer = renderer;
        this.oversized = oversized;
        this.problems = problems;
    }

    @Error(global = true, exception = PublicFormException.class)
    HttpResponse<?> publicForm(HttpRequest<?> request, PublicFormException e) {
        MutableHttpResponse<?> response = page(request, e.status(), e.page());
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        if (e.status() == HttpStatus.METHOD_NOT_ALLOWED) {
            response.header(HttpHeaders.ALLOW, "GET, HEAD");
        }
        return response;
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND, "not-found");
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return page(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
    }

    /** Netty refuses a request line or headers over its limits before any route is found. */
    @Error(global = true, status = HttpStatus.REQUEST_ENTITY_TOO_LARGE)
    HttpResponse<?> tooLong(HttpRequest<?> request) {
        return MalformedRequests.decoderFailure(request).<HttpResponse<?>>map(e -> unexpected(request, e))
                .orElseGet(() -> tooLarge(request));
    }

    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<?> badInput(HttpRequest<?> request, ConversionErrorException e) {
        return page(request, HttpStatus.BAD_REQUEST, "rejected");
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    HttpResponse<?> missingInput(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return page(request, HttpStatus.BAD_REQUEST, "rejected");
    }

    @Error(global = true, exception = io.micronaut.http.exceptions.ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request, io.micronaut.http.exceptions.ContentLengthExceededException e) {
        return tooLarge(request);
    }

    /** Over what may be held in memory (evidence.RequestBodyLimits makes it the route's limit, ADR 0021). */
    @Error(global = true, exception = io.micronaut.http.exceptions.BufferLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request, io.micronaut.http.exceptions.BufferLengthExceededException e) {
        return tooLarge(request);
    }

    /**
     * A body over the limit: the route's own page when it has one (OversizedBody), otherwise the generic page. The
     * rest of the body is not read, so the connection is closed once the page is sent (the browser shows the page
     * rather than waiting to finish sending a body nobody reads).
     */
    private MutableHttpResponse<?> tooLarge(HttpRequest<?> request) {
        return oversized.stream().map(o -> o.answer(request)).flatMap(Optional::stream).findFirst()
                .<MutableHttpResponse<?>>map(response -> rendered(request, response))
                .orElseGet(() -> page(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "rejected"))
                .header(HttpHeaders.CONNECTION, "close");
    }

    @SuppressWarnings("unchecked")
    private MutableHttpResponse<?> rendered(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.body() instanceof ModelAndView<?> view)) {
            return response;
        }
        return renderer.render((ModelAndView<Map<String, Object>>) view, request, MediaType.TEXT_HTML)
                .<MutableHttpResponse<?>>map(html -> response.contentType(MediaType.TEXT_HTML_TYPE).body(html))
                .orElseGet(() -> page(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "rejected"));
    }

    @Error(global = true, exception = HttpStatusException.class)
    HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        if (e.getStatus().getCode() < 500) {
            return page(request, e.getStatus(), e.getStatus() == HttpStatus.NOT_FOUND ? "not-found" : "rejected");
        }
        return page(request, e.getStatus(), "server-error");
    }

    @Error(global = true, exception = Throwable.class)
    MutableHttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
        if (DatabaseUnavailable.is(e)) {
            return unavailable(request, e);
        }
        if (ClientHangUp.is(request, e)) {
            return ClientHangUp.answer(request);
        }
        var clientFault = MalformedRequests.clientFault(e);
        if (clientFault.isPresent()) {
            // Something no browser sends (a broken escape, an address too long): one line, no values, no stack trace.
            HttpStatus status = clientFault.get();
            LOG.warn("Refused a request that could not be read ({}): {}", status.getCode(), e.getClass().getSimpleName());
            return page(request, status, status == HttpStatus.REQUEST_URI_TOO_LONG ? "uri-too-long" : "rejected");
        }
        // Exception messages can carry answers (SQL values, parse errors): types and code locations only.
        LOG.error("Unexpected error on {} {}: {}", request.getMethod(), request.getPath(), withoutMessages(e));
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "server-error");
    }

    /** The database did not answer in time (ADR 0024): 503 in place (no redirect: Back still works), one WARN line. */
    private MutableHttpResponse<?> unavailable(HttpRequest<?> request, Throwable e) {
        LOG.warn("Database not available for {} {}: {}", request.getMethod(), request.getPath(), DatabaseUnavailable.types(e));
        return page(request, HttpStatus.SERVICE_UNAVAILABLE, "unavailable")
                .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }

    /** The exception chain as types and stack frames, with no messages. */
    static String withoutMessages(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(t == e ? "" : "\n caused by ").append(t.getClass().getName());
            java.util.Arrays.stream(t.getStackTrace()).limit(12).forEach(f -> out.append("\n   at ").append(f));
        }
        return out.toString();
    }

    /**
     * Rendered here rather than by the views filter, which does not run for a request refused before it
     * (by a filter earlier in the chain, or because Netty could not read it).
     */
    private MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String name) {
        if (ProblemDetails.isApi(request)) {
            return problems.answer(request, status); // under /api/: RFC 9457 problem details, never a page (issue 25)
        }
        return renderer.render(new ModelAndView<>("errors/error", new HashMap<>(Map.of("page", name))), request, MediaType.TEXT_HTML)
                .<MutableHttpResponse<?>>map(html -> HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html))
                .orElseGet(() -> HttpResponse.status(status));
    }
}
