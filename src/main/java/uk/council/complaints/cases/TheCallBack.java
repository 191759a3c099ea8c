package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import uk.council.complaints.journey.Answers;

import java.util.List;
import java.util.Map;

/** A call back from a manager: when to call and what about (the number is the person's phone). */
@Embeddable
public record TheCallBack(
        @Answer(teamOnly = false, copied = false) @MappedProperty("callback_time") @Nullable String callbackTime,
        @Answer(teamOnly = true, copied = false) @MappedProperty("callback_topic") @Nullable String callbackTopic) {

    /** Its multiple-choice question, kept in case_choice. */
    public static final List<String> CHOICES = List.of("callbackDays");

    /** The mapper: every answer from the question of its name. */
    public static TheCallBack from(Answers a) {
        return Sections.fromAnswers(TheCallBack.class, a, Map.of());
    }
}
