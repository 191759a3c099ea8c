package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import uk.council.complaints.web.ProblemDetails;

/**
 * Runs just after the security filter on /api/: a client over its rate limit ({@link ApiTokenFetcher} took from its
 * bucket) is answered 429 with Retry-After, before any controller runs.
 */
@ServerFilter(ProblemDetails.API_PREFIX + "**")
class ApiCallFilter implements Ordered {
    private final ProblemDetails problems;

    ApiCallFilter(ProblemDetails problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        return request.getAttribute(ApiTokenFetcher.RETRY_AFTER, Long.class)
                .<HttpResponse<?>>map(seconds -> problems.answer(request, HttpStatus.TOO_MANY_REQUESTS)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)))
                .orElse(null);
    }
}
