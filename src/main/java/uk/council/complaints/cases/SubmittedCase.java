package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Relation;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored submission (issue 24): what the case is and how it arrived, then the person's answers in section records
 * ({@link Sections#ALL}), each a set of typed columns of complaint_case built from the answers by its own mapper
 * (multiple choices are in {@link CaseChoice}). Shared by the features that read cases: triage, notify, the queue and
 * the report. Made only through {@link #builder} / {@link #copyAs}, which name every value: a new answer is one
 * component of its section, one column in a migration, its question's step and its words.
 */
@MappedEntity("complaint_case")
public record SubmittedCase(
        @Id @GeneratedValue @Nullable Long id,
        String reference,
        @Nullable String draftId,
        SubmissionKind kind,
        @MappedProperty(converter = CaseStatus.Converter.class) CaseStatus status,
        Instant submittedAt,
        @Relation(Relation.Kind.EMBEDDED) @Nullable WhoIsAsking who,
        @Relation(Relation.Kind.EMBEDDED) @Nullable TheChild child,
        @Relation(Relation.Kind.EMBEDDED) @Nullable TheComplaint complaint,
        @Relation(Relation.Kind.EMBEDDED) @Nullable TheCallBack callBack,
        @Relation(Relation.Kind.EMBEDDED) @Nullable TheFeedback feedback,
        String receivedVia,
        LocalDate receivedOn,
        @Nullable Long enteredBy,
        // Entered by staff for a compliment or comment (issue 10): the team it is about and who gave it.
        @Nullable String feedbackTeam,
        @Nullable String feedbackGiver,
        boolean demo,
        // Issue 21: an enquiry's kind (EnquiryKinds), chosen by staff; no other kind of case has one, and a case made
        // from another does not carry it.
        @Nullable String enquiryKind) {

    /** How a case sent through the public form arrived (DESIGN section 7: the method of receipt). */
    public static final String ONLINE_FORM = "online-form";

    /** A section none of whose columns holds anything may be read back as null: it is then an empty one. */
    public SubmittedCase {
        who = who != null ? who : Sections.build(WhoIsAsking.class, java.util.Map.of());
        child = child != null ? child : Sections.build(TheChild.class, java.util.Map.of());
        complaint = complaint != null ? complaint : Sections.build(TheComplaint.class, java.util.Map.of());
        callBack = callBack != null ? callBack : Sections.build(TheCallBack.class, java.util.Map.of());
        feedback = feedback != null ? feedback : Sections.build(TheFeedback.class, java.util.Map.of());
    }

    /** A new case, status {@link CaseStatus#NEW}; every answer not set is empty. */
    public static CaseBuilder builder(String reference, SubmissionKind kind, Instant submittedAt) {
        return new CaseBuilder(reference, kind, submittedAt);
    }

    /** The section of this type. */
    public <R extends Record> R section(Class<R> type) {
        for (java.lang.reflect.RecordComponent rc : SubmittedCase.class.getRecordComponents()) {
            if (rc.getType() == type) {
                return type.cast(Sections.value(this, rc.getName()));
            }
        }
        throw new IllegalArgumentException("not a section: " + type);
    }

    /** The same case as stored under this id (for tests of pure functions, which never save). */
    public SubmittedCase withId(long newId) {
        return CaseBuilder.same(this).build(newId, status);
    }

    /**
     * Every answer of this case that a case made from it starts with (a Stage 2, a complaint from a call-back): all
     * but those declared {@code copied = false}. How and when the new case arrived is the caller's to set.
     */
    public CaseBuilder copyAs(String newReference, SubmissionKind newKind, Instant at) {
        return CaseBuilder.carried(this, newReference, newKind, at);
    }
}
