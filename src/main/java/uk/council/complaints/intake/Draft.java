package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person's half-finished answers, kept server-side so any instance can carry on with them. */
@MappedEntity("draft")
record Draft(@Id String id, String answers, Instant createdAt, Instant updatedAt, Instant expiresAt,
             @Nullable String caseReference) {

    boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    boolean isSubmitted() {
        return caseReference != null;
    }
}
