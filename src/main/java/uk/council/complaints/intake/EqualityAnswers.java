package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** Equality monitoring answers: stored with the month and kind only, never with the case. */
@MappedEntity("equality_monitoring")
record EqualityAnswers(@Id @GeneratedValue @Nullable Long id, LocalDate submittedMonth, String submissionKind,
                       @Nullable String ageBand, @Nullable String gender, @Nullable String disability,
                       @Nullable String ethnicity, @Nullable String sexualOrientation) {

    boolean isEmpty() {
        return ageBand == null && gender == null && disability == null && ethnicity == null && sexualOrientation == null;
    }
}
