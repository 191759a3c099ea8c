package uk.council.complaints.casework;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** How a complaint was answered ({@code method}) and what it led to ({@code outcome}): table {@code case_resolution}. */
@MappedEntity("case_resolution")
record CaseResolution(@EmbeddedId Key key) {
    static final String METHOD = "method";
    static final String OUTCOME = "outcome";

    @Embeddable
    record Key(@MappedProperty("case_id") long caseId, @MappedProperty("kind") String kind,
               @MappedProperty("code") String code) {
    }

    static CaseResolution of(long caseId, String kind, String code) {
        return new CaseResolution(new Key(caseId, kind, code));
    }
}
