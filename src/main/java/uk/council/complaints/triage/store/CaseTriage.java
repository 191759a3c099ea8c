package uk.council.complaints.triage.store;

import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** The stored triage of one case (table {@code case_triage}); its id is the case's id. */
@MappedEntity("case_triage")
record CaseTriage(
        @Id long caseId,
        Queue queue,
        Priority priority,
        String team,
        String teamMailbox,
        LocalDate acknowledgeBy,
        @Nullable LocalDate responseDue,
        Instant triagedAt,
        boolean frontDoorAlert) {
}
