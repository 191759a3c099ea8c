package uk.council.complaints.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Failed sign-ins for one email address, known or not (table {@code staff_sign_in_failure}). */
@MappedEntity("staff_sign_in_failure")
record SignInFailure(@Id String emailKey, int failures, Instant lastFailureAt, @Nullable Instant lockedUntil) {

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
