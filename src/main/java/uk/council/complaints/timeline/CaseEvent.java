package uk.council.complaints.timeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One event on a case's timeline (table {@code case_event}): what happened, who did it and when.
 *
 * @param actor     who: a staff member as "Name (email)", or {@link CaseTimeline#SYSTEM} / {@link CaseTimeline#PUBLIC}
 * @param eventType a short code ({@code viewed}, {@code closed}, {@code leaflet-emailed}...); its words are in the staff bundle
 * @param detail    what staff need to read about it, never more than 2,000 characters
 */
@MappedEntity("case_event")
public record CaseEvent(
        @Id @GeneratedValue @Nullable Long id,
        long caseId,
        Instant occurredAt,
        String actor,
        String eventType,
        @Nullable String detail) {
}
