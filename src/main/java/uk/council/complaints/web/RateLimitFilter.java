package uk.council.complaints.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A token bucket per client for every public form post: enough for a person, too few for a bot.
 * Staff sign-in has its own limit (staff.SignInLimiter). docs/adr/0006-rate-limit-and-honeypot.md
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RateLimitFilter {
    private final ClientConnection connection;
    private final ClientBuckets buckets;

    RateLimitFilter(RateLimitProperties properties, ClientConnection connection) {
        this.connection = connection;
        this.buckets = new ClientBuckets(properties.getCapacity(), properties.getPeriod(), properties.getMaxClients());
    }

    @RequestFilter
    void limit(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || request.getPath().startsWith("/staff")) {
            return;
        }
        buckets.take(connection.address(request)).ifPresent(wait -> {
            throw PublicFormException.rateLimited(wait);
        });
    }
}
