package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import uk.council.complaints.journey.Answers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the request is about: the risk, the service, what happened, what would put it right, and a later stage's reasons. */
@Embeddable
public record TheComplaint(
        @Answer(teamOnly = false) @MappedProperty("risk_now") boolean riskNow,
        @Answer(teamOnly = false) @MappedProperty("service") @Nullable String service,
        @Answer(teamOnly = true) @MappedProperty("worker_name") @Nullable String workerName,
        @Answer(teamOnly = true) @MappedProperty("what_happened") @Nullable String whatHappened,
        @Answer(teamOnly = true) @MappedProperty("when_happened") @Nullable LocalDate whenHappened,
        @Answer(teamOnly = false) @MappedProperty("still_happening") boolean stillHappening,
        @Answer(teamOnly = true) @MappedProperty("put_right_details") @Nullable String putRightDetails,
        @Answer(teamOnly = false) @MappedProperty("court_proceedings") @Nullable String courtProceedings,
        @Answer(teamOnly = false) @MappedProperty("raised_before") @Nullable String raisedBefore,
        @Answer(teamOnly = true, copied = false) @MappedProperty("earlier_reference") @Nullable String earlierReference,
        @Answer(teamOnly = true, copied = false) @MappedProperty("response_other") @Nullable String responseOther,
        @Answer(teamOnly = false, copied = false) @MappedProperty("escalation_reason") @Nullable String escalationReason,
        @Answer(teamOnly = true, copied = false)
        @MappedProperty("escalation_reason_other") @Nullable String escalationReasonOther,
        @Answer(teamOnly = true, copied = false) @MappedProperty("want_now") @Nullable String wantNow) {

    /** Its multiple-choice questions, kept in case_choice. */
    public static final List<String> CHOICES = List.of("outcomesSought", "responseMethods");

    /** The mapper: every answer from the question of its name ("Is a child at risk?" answered yes). */
    public static TheComplaint from(Answers a) {
        return Sections.fromAnswers(TheComplaint.class, a, Map.of("riskNow", x -> x.is("riskNow", "yes")));
    }
}
