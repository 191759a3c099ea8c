package uk.council.complaints.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket (Bucket4j) per client for every public form post: enough for a person, too few for a bot.
 * Buckets live in this instance's memory, bounded to the most recent clients (docs/adr/0005-rate-limit.md).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RateLimitFilter {
    private final RateLimitProperties properties;
    private final ClientConnection connection;
    private final Map<String, Bucket> buckets;

    RateLimitFilter(RateLimitProperties properties, ClientConnection connection) {
        this.properties = properties;
        this.connection = connection;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > properties.getMaxClients();
            }
        });
    }

    @RequestFilter
    void limit(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || request.getPath().startsWith("/staff")) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(connection.address(request), k -> newBucket());
        if (!bucket.tryConsume(1)) {
            throw PublicFormException.rateLimited();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(properties.getCapacity())
                .refillGreedy(properties.getCapacity(), properties.getPeriod()).build()).build();
    }
}
