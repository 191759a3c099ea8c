package uk.council.complaints.casework.core;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** How a complaint was answered ({@code method}) and what it led to ({@code outcome}): table {@code case_resolution}. */
@MappedEntity("case_resolution")
public record CaseResolution(@EmbeddedId Key key) {
    public static final String METHOD = "method";
    public static final String OUTCOME = "outcome";

    @Embeddable
    public record Key(@MappedProperty("case_id") long caseId, @MappedProperty("kind") String kind,
               @MappedProperty("code") String code) {
    }

    public static CaseResolution of(long caseId, String kind, String code) {
        return new CaseResolution(new Key(caseId, kind, code));
    }
}
