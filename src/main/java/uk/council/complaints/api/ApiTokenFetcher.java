package uk.council.complaints.api;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import uk.council.complaints.web.ClientBuckets;
import uk.council.complaints.web.ProblemDetails;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Who is calling /api/: the client whose token is in {@code Authorization: Bearer}, not expired, not revoked. Its
 * scopes become the roles of the {@link Authentication}, which {@code @Secured(ApiScope.X)} checks. On every other
 * path this fetches nothing, so a token signs nobody in to a staff or public page; and the staff session fetcher
 * reads its cookie only under /staff, so a staff cookie is no credential here (docs/adr/0029).
 * Each call takes one from the client's bucket; an empty bucket is answered 429 by {@link ApiCallFilter}.
 */
@Singleton
class ApiTokenFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    static final String CLIENT_ID = "portal.api.client-id";
    static final String RETRY_AFTER = "portal.api.retry-after";
    private static final String BEARER = "Bearer ";
    private final ApiClients clients;
    private final ExecutorService blocking;
    private final ClientBuckets buckets;

    ApiTokenFetcher(ApiClients clients, ApiProperties properties, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.clients = clients;
        this.blocking = blocking;
        this.buckets = new ClientBuckets(properties.getCallsPerPeriod(), properties.getPeriod(), properties.getMaxClients());
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!ProblemDetails.isApi(request)) {
            return Publishers.empty();
        }
        // The lookup is a database read: off the event loop.
        return token(request).map(token -> Publishers.fromCompletableFuture(() ->
                        CompletableFuture.supplyAsync(() -> authenticate(request, token), blocking)))
                .orElseGet(Publishers::empty);
    }

    static Optional<String> token(HttpRequest<?> request) {
        return request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(h -> h.substring(BEARER.length()).trim());
    }

    private Authentication authenticate(HttpRequest<?> request, String token) {
        return clients.byToken(token).map(client -> {
            request.setAttribute(CLIENT_ID, client.id());
            OptionalLong wait = buckets.take(Long.toString(client.id()));
            wait.ifPresent(seconds -> request.setAttribute(RETRY_AFTER, seconds));
            return Authentication.build("api-client-" + client.id(),
                    client.scopeSet().stream().map(ApiScope::code).toList(),
                    Map.of(ApiCaller.CLIENT_ID, client.id(), ApiCaller.CLIENT_NAME, client.name()));
        }).orElse(null);
    }
}
