package uk.council.complaints.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.council.complaints.web.ProblemDetails;

/**
 * Every call of a known client under /api/ is logged with its answer's status, whatever it was. Ordered before the
 * security filter, so its refusals (403 for a missing scope) come back through here too, as do 429s and errors.
 */
@ServerFilter(ProblemDetails.API_PREFIX + "**")
class ApiCallLog implements Ordered {
    private final ApiClients clients;

    ApiCallLog(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ApiTokenFetcher.CLIENT_ID, Long.class).ifPresent(id ->
                clients.logCall(id, request.getMethodName(), request.getPath(), response.code()));
    }
}
