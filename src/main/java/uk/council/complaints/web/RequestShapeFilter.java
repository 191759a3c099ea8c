package uk.council.complaints.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Before anything else looks at a request: an address with a broken percent escape or bytes that are not
 * UTF-8 is a 400, and so is a POST without a Content-Type; TRACE and CONNECT are refused everywhere, and static assets answer GET and HEAD only (405).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestShapeFilter implements Ordered {

    @RequestFilter
    void check(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.TRACE || method == HttpMethod.CONNECT
                || request.getPath().startsWith("/assets/") && method != HttpMethod.GET && method != HttpMethod.HEAD) {
            throw PublicFormException.methodNotAllowed();
        }
        if (method == HttpMethod.POST && request.getContentType().isEmpty()) {
            // Every form a browser posts says what it is; a post that does not is nothing the portal reads (issue 20).
            throw PublicFormException.rejected();
        }
        String rawPath = request.getUri().getRawPath();
        String rawQuery = request.getUri().getRawQuery();
        if (rawPath != null && !FormDecoding.isWellFormed(rawPath) || rawQuery != null && !FormDecoding.isWellFormed(rawQuery)) {
            throw new FormDecoding.MalformedException();
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
