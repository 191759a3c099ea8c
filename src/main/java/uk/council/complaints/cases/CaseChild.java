package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/**
 * One child a request is about (docs/adr/0017-several-children.md), in the order the person gave them (from 1).
 * Deleted with the case (FK cascade).
 */
@MappedEntity("case_child")
public record CaseChild(@Id @GeneratedValue @Nullable Long id, long caseId, int position, String name,
                        @Nullable LocalDate dob, @Nullable Integer age, @Nullable String address) {

    public static CaseChild of(long caseId, int position, String name, LocalDate dob, Integer age, String address) {
        return new CaseChild(null, caseId, position, name, dob, age, address);
    }

    /** The same child on another case (a complaint made from a call-back, a Stage 2). */
    public CaseChild on(long otherCaseId) {
        return of(otherCaseId, position, name, dob, age, address);
    }
}
