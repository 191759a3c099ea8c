package uk.council.complaints.staff;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A signed-in session (table {@code staff_session}), found by the SHA-256 of the cookie's random id. */
@MappedEntity("staff_session")
record StaffSession(@Id String idHash, long userId, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {

    boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
