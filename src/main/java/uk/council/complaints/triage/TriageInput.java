package uk.council.complaints.triage;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything triage looks at. Whatever needs the database (the repeat check) is worked out by
 * the caller first, so {@link Triage} itself stays pure.
 *
 * @param advocacyRequested the young person asked for an advocate (the young person's journey)
 * @param possibleRepeatOf  the reference of a recent case by the same person about the same child, or null
 * @param submittedOn       the day the request was received, in the council's time zone
 */
public record TriageInput(
        SubmittedCase submission,
        List<CaseChoice> choices,
        boolean advocacyRequested,
        @Nullable String possibleRepeatOf,
        LocalDate submittedOn) {

    public TriageInput {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(submittedOn, "submittedOn");
        choices = List.copyOf(choices);
    }

    /** The ticked answers of one multiple-choice question, in the order given. */
    List<String> choicesOf(String question) {
        return choices.stream().filter(c -> c.question().equals(question)).map(CaseChoice::choice).toList();
    }

    boolean roleIs(Role role) {
        return role.is(submission.who().submitterRole());
    }
}
