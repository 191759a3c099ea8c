package uk.council.complaints.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** One answer to "how easy was it?": the month and the journey kind only, so nobody can be picked out. */
@MappedEntity("service_feedback")
record ServiceFeedback(@Id @GeneratedValue @Nullable Long id, LocalDate feedbackMonth, String journey, String ease,
                       @Nullable String better) {
    /** The five answers to "how easy was it?", as stored. */
    static final java.util.List<String> EASE = java.util.List.of("very-easy", "easy", "neither", "difficult", "very-difficult");
}
