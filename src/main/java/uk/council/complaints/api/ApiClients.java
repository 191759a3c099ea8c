package uk.council.complaints.api;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Registering, rotating and revoking API clients, finding the client a token belongs to, and its calls. */
@Singleton
class ApiClients {
    /** A client and its token, which exists only in this answer (it is shown once). */
    record Issued(ApiClient client, String token) {
    }

    private final ApiClientRepository clients;
    private final ApiCallRepository calls;
    private final Clock clock;

    ApiClients(ApiClientRepository clients, ApiCallRepository calls, Clock clock) {
        this.clients = clients;
        this.calls = calls;
        this.clock = clock;
    }

    @Transactional
    Issued create(String name, Set<ApiScope> scopes, Duration validFor, String createdBy) {
        String token = ApiTokens.newToken();
        Instant now = clock.instant();
        ApiClient saved = clients.save(new ApiClient(null, name, ApiScope.join(scopes), ApiTokens.hash(token), now,
                createdBy, now.plus(validFor), null, null));
        return new Issued(saved, token);
    }

    /** A new token for a client not revoked; the old one stops working at once. */
    @Transactional
    Optional<Issued> rotate(long id) {
        String token = ApiTokens.newToken();
        if (clients.rotate(id, ApiTokens.hash(token), clock.instant()) == 0) {
            return Optional.empty();
        }
        return clients.findById(id).map(c -> new Issued(c, token));
    }

    @Transactional
    boolean revoke(long id) {
        return clients.revoke(id, clock.instant()) > 0;
    }

    /** The client this token belongs to, if it is neither expired nor revoked. */
    @Transactional
    Optional<ApiClient> byToken(String token) {
        if (!ApiTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return clients.findByTokenHash(ApiTokens.hash(token)).filter(c -> c.usableAt(now));
    }

    @Transactional
    List<ApiClient> all() {
        return clients.findAllOrderByName();
    }

    @Transactional
    Optional<ApiClient> find(long id) {
        return clients.findById(id);
    }

    @Transactional
    void logCall(long clientId, String method, String path, int status) {
        calls.save(new ApiCall(null, clientId, clock.instant(), method, path.length() > 500 ? path.substring(0, 500) : path,
                status));
    }

    @Transactional
    List<ApiCall> latestCalls(long clientId, int limit) {
        return calls.latest(clientId, limit);
    }

    @Transactional
    long callCount(long clientId) {
        return calls.countByClientId(clientId);
    }

    Instant now() {
        return clock.instant();
    }
}
