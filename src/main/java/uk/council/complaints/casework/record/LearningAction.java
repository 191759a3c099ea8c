package uk.council.complaints.casework.record;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** What will change because of a case, which team owns it, by when, and when it was done (table {@code learning_action}). */
@MappedEntity("learning_action")
public record LearningAction(@Id @GeneratedValue @Nullable Long id, long caseId, String action, String ownerTeam,
                      LocalDate dueOn, @Nullable LocalDate doneOn, Instant createdAt) {

    public boolean overdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    LearningAction done(LocalDate on) {
        return new LearningAction(id, caseId, action, ownerTeam, dueOn, on, createdAt);
    }
}
