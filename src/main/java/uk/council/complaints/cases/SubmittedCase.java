package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored submission: every answer in a typed column (multiple choices are in {@link CaseChoice}).
 * Shared by the features that read cases: triage, notify, the queue and the report.
 */
@MappedEntity("complaint_case")
public record SubmittedCase(
        @Id @GeneratedValue @Nullable Long id,
        String reference,
        @Nullable String draftId,
        SubmissionKind kind,
        String status,
        Instant submittedAt,
        @Nullable String submitterRole,
        String submitterName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        String preferredContact,
        @Nullable String interpreterLanguage,
        @Nullable String otherNeeds,
        @Nullable String childName,
        @Nullable LocalDate childDob,
        @Nullable Integer childAge,
        @Nullable String childAddress,
        @Nullable String parentalResponsibility,
        @Nullable String advocateOrganisation,
        @Nullable String childAgrees,
        @Nullable String childWords,
        @Nullable String service,
        @Nullable String workerName,
        @Nullable String whatHappened,
        @Nullable LocalDate whenHappened,
        boolean stillHappening,
        boolean riskNow,
        @Nullable String putRightDetails,
        @Nullable String courtProceedings,
        @Nullable String raisedBefore,
        @Nullable String callbackTime,
        @Nullable String callbackTopic,
        @Nullable String feedbackAbout,
        @Nullable String feedbackMessage,
        @Nullable String earlierReference,
        @Nullable String responseOther,
        @Nullable String escalationReason,
        @Nullable String escalationReasonOther,
        @Nullable String wantNow) {

    public static final String STATUS_NEW = "new";
}
