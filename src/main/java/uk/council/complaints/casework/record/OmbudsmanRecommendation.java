package uk.council.complaints.casework.record;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** What the Ombudsman recommends the council does, by when, and when it did (table {@code ombudsman_recommendation}). */
@MappedEntity("ombudsman_recommendation")
public record OmbudsmanRecommendation(@Id @GeneratedValue @Nullable Long id, long ombudsmanCaseId, String recommendation,
                               LocalDate dueOn, @Nullable LocalDate compliedOn) {

    public boolean overdue(LocalDate today) {
        return compliedOn == null && dueOn.isBefore(today);
    }

    OmbudsmanRecommendation complied(LocalDate on) {
        return new OmbudsmanRecommendation(id, ombudsmanCaseId, recommendation, dueOn, on);
    }
}
