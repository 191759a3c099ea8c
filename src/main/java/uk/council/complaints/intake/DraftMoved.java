package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An id a browser held for answers that were handed over to an emailed link (saved, or resumed from it): no answers,
 * only enough to tell that browser so. {@code linkHash}: the link it saved them to, for the page that says where.
 */
@MappedEntity("draft_moved")
record DraftMoved(@Id String id, @Nullable String linkHash, Instant movedAt, Instant expiresAt) {
}
