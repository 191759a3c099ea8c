package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A "save and come back later" link: only the SHA-256 of its random token is kept, so the table alone cannot
 * open a draft. Single use ({@code usedAt}); it and its draft expire together. {@code returnTo}: the page the person
 * saved from, where the link takes them back (issue 27).
 */
@MappedEntity("draft_saved_link")
record SavedLink(@Id String tokenHash, String draftId, String sentTo, Instant createdAt, Instant expiresAt,
                 @Nullable Instant usedAt, @Nullable String returnTo) {

    boolean isSpent() {
        return usedAt != null;
    }

    boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
