package uk.council.complaints.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.views.ModelAndView;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** Every failure a person can meet is an HTML page in the service's own voice. */
@Controller
class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    @Error(global = true, exception = PublicFormException.class)
    HttpResponse<?> publicForm(HttpRequest<?> request, PublicFormException e) {
        return page(e.status(), e.page());
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return page(HttpStatus.NOT_FOUND, "not-found");
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
        return page(HttpStatus.NOT_FOUND, "not-found");
    }

    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<?> badInput(HttpRequest<?> request, ConversionErrorException e) {
        return page(HttpStatus.BAD_REQUEST, "rejected");
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    HttpResponse<?> missingInput(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return page(HttpStatus.BAD_REQUEST, "rejected");
    }

    @Error(global = true, exception = io.micronaut.http.exceptions.ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request, io.micronaut.http.exceptions.ContentLengthExceededException e) {
        return page(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "rejected");
    }

    @Error(global = true, exception = HttpStatusException.class)
    HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        if (e.getStatus().getCode() < 500) {
            return page(e.getStatus(), e.getStatus() == HttpStatus.NOT_FOUND ? "not-found" : "rejected");
        }
        return page(e.getStatus(), "server-error");
    }

    @Error(global = true, exception = Throwable.class)
    HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
        // Exception messages can carry answers (SQL values, parse errors): types and code locations only.
        LOG.error("Unexpected error on {} {}: {}", request.getMethod(), request.getPath(), withoutMessages(e));
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "server-error");
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

    private static HttpResponse<?> page(HttpStatus status, String name) {
        return HttpResponse.status(status).body(new ModelAndView<>("errors/error", Map.of("page", name)));
    }
}
