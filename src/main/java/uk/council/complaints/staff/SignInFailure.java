package uk.council.complaints.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Failed sign-ins for one email address from one client, known account or not (table {@code staff_sign_in_failure}).
 * {@code throttleKey} is a hash of both, so the client's address itself is not stored.
 */
@MappedEntity("staff_sign_in_failure")
record SignInFailure(@Id String throttleKey, String emailKey, int failures, Instant lastFailureAt,
                     @Nullable Instant lockedUntil) {

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
