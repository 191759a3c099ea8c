package uk.council.complaints.triage.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One rule that fired, with the sentence staff read (table {@code case_triage_reason}). */
@MappedEntity("case_triage_reason")
record CaseTriageReason(
        @Id @GeneratedValue @Nullable Long id,
        long caseId,
        int position,
        String rule,
        String reason) {
}
