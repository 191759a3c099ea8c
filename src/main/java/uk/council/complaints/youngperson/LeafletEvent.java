package uk.council.complaints.youngperson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("leaflet_event")
public record LeafletEvent(@Id @GeneratedValue @Nullable Long id, long caseId, Type event, Instant occurredAt) {

    /** How the leaflet reached the person. */
    public enum Type { OFFERED, DOWNLOADED, EMAILED,
        /** Recorded by staff (issue 10): handed over in person, or posted. */
        GIVEN, POSTED }
}
