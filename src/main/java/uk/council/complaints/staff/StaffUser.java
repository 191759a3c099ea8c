package uk.council.complaints.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A staff account (table {@code staff_user}). The email is stored lower-case: it is the sign-in name. */
@MappedEntity("staff_user")
record StaffUser(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        String displayName,
        StaffRole role,
        @Nullable String passwordHash,
        boolean mustChangePassword,
        boolean active,
        Instant createdAt,
        @Nullable Instant lastSignInAt) {

    StaffMember member() {
        return new StaffMember(id, displayName, email, role, active);
    }

    StaffUser withPassword(String hash, boolean mustChange) {
        return new StaffUser(id, email, displayName, role, hash, mustChange, active, createdAt, lastSignInAt);
    }

    StaffUser withAccess(StaffRole newRole, boolean isActive) {
        return new StaffUser(id, email, displayName, newRole, passwordHash, mustChangePassword, isActive, createdAt, lastSignInAt);
    }

    StaffUser signedIn(Instant at) {
        return new StaffUser(id, email, displayName, role, passwordHash, mustChangePassword, active, createdAt, at);
    }
}
