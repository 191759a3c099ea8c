package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored submission: every answer in a typed column (multiple choices are in {@link CaseChoice}).
 * Shared by the features that read cases: triage, notify, the queue and the report.
 * Made only through {@link #builder} / {@link #copyAs}, never positionally: a new answer is one
 * component here, one setter in {@link CaseBuilder}, one column in a migration and one line in the mapper.
 */
@MappedEntity("complaint_case")
public record SubmittedCase(
        @Id @GeneratedValue @Nullable Long id,
        String reference,
        @Nullable String draftId,
        SubmissionKind kind,
        @MappedProperty(converter = CaseStatus.Converter.class) CaseStatus status,
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
        @Nullable String wantNow,
        String receivedVia,
        LocalDate receivedOn,
        @Nullable Long enteredBy,
        @Nullable String feedbackTeam,
        @Nullable String feedbackGiver,
        boolean demo,
        // "Would you like an advocate?" as answered (issue 11): yes, no or already.
        @Nullable String advocateWanted,
        // Issue 21: an enquiry's kind (EnquiryKinds), chosen by staff; no other kind of case has one.
        @Nullable String enquiryKind) {

    /** How a case sent through the public form arrived (DESIGN section 7: the method of receipt). */
    public static final String ONLINE_FORM = "online-form";

    /** A new case, status {@link CaseStatus#NEW}; every answer not set is empty. */
    public static CaseBuilder builder(String reference, SubmissionKind kind, Instant submittedAt) {
        return new CaseBuilder(reference, kind, submittedAt);
    }

    /** The same case as stored under this id (for tests of pure functions, which never save). */
    public SubmittedCase withId(long newId) {
        return CaseBuilder.from(this, reference, kind, submittedAt).draftId(draftId).receivedVia(receivedVia)
                .receivedOn(receivedOn).enteredBy(enteredBy).feedbackTeam(feedbackTeam).feedbackGiver(feedbackGiver)
                .enquiryKind(enquiryKind).build(newId, status);
    }

    /** Every answer of this case, to make another from it (a Stage 2, a complaint from a call-back). */
    public CaseBuilder copyAs(String newReference, SubmissionKind newKind, Instant at) {
        return CaseBuilder.from(this, newReference, newKind, at);
    }
}
