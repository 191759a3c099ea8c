package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Set;

/** A system allowed to call /api/ (table {@code api_client}); its token is kept only as a SHA-256 hash. */
@MappedEntity("api_client")
record ApiClient(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String scopes,
        String tokenHash,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        @Nullable Instant rotatedAt,
        @Nullable Instant revokedAt) {

    Set<ApiScope> scopeSet() {
        return ApiScope.split(scopes);
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** active, expired or revoked: the admin page's words are {@code api.clients.status.<code>}. */
    String status(Instant now) {
        return revokedAt != null ? "revoked" : now.isBefore(expiresAt) ? "active" : "expired";
    }
}
