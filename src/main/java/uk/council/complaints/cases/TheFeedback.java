package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import uk.council.complaints.journey.Answers;

import java.util.Map;

/** A compliment or comment: the words and who they are about. */
@Embeddable
public record TheFeedback(
        @Answer(teamOnly = true, copied = false) @MappedProperty("feedback_about") @Nullable String feedbackAbout,
        @Answer(teamOnly = true, copied = false) @MappedProperty("feedback_message") @Nullable String feedbackMessage) {

    /** The mapper: every answer from the question of its name. */
    public static TheFeedback from(Answers a) {
        return Sections.fromAnswers(TheFeedback.class, a, Map.of());
    }
}
