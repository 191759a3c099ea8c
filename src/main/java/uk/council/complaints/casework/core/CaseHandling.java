package uk.council.complaints.casework.core;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** What the team has done with a case (table {@code case_handling}); made the first time anyone acts on it. */
@MappedEntity("case_handling")
public record CaseHandling(
        @Id long caseId,
        @Nullable Long assignedTo,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant extendedAt,
        @Nullable String extensionReason,
        @Nullable LocalDate respondedOn,
        @Nullable String finding,
        @Nullable Instant callMadeAt,
        @Nullable String callOutcome,
        @Nullable Instant closedAt,
        @Nullable String refusalReason,
        @Nullable String refusalDetails,
        @Nullable Long linkedCaseId,
        // Issue 21: the day the person withdrew the complaint (the case is closed that day).
        @Nullable LocalDate withdrawnOn) {

    /** Linked to a later case made from it (the next stage, a complaint from a call-back), not to the one it came from. */
    public boolean movedOn() {
        return linkedCaseId != null && linkedCaseId > caseId;
    }

    public static CaseHandling none(long caseId) {
        return new CaseHandling(caseId, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public CaseHandling assigned(@Nullable Long userId) {
        return new CaseHandling(caseId, userId, acknowledgedAt, extendedAt, extensionReason, respondedOn, finding,
                callMadeAt, callOutcome, closedAt, refusalReason, refusalDetails, linkedCaseId, withdrawnOn);
    }

    public CaseHandling acknowledged(Instant at) {
        return new CaseHandling(caseId, assignedTo, at, extendedAt, extensionReason, respondedOn, finding,
                callMadeAt, callOutcome, closedAt, refusalReason, refusalDetails, linkedCaseId, withdrawnOn);
    }

    public CaseHandling extended(Instant at, String reason) {
        return new CaseHandling(caseId, assignedTo, acknowledgedAt, at, reason, respondedOn, finding,
                callMadeAt, callOutcome, closedAt, refusalReason, refusalDetails, linkedCaseId, withdrawnOn);
    }

    public CaseHandling responded(LocalDate on, String newFinding) {
        return new CaseHandling(caseId, assignedTo, acknowledgedAt, extendedAt, extensionReason, on, newFinding,
                callMadeAt, callOutcome, closedAt, refusalReason, refusalDetails, linkedCaseId, withdrawnOn);
    }

    public CaseHandling called(Instant at, String outcome) {
        return new CaseHandling(caseId, assignedTo, acknowledgedAt, extendedAt, extensionReason, respondedOn, finding,
                at, outcome, closedAt, refusalReason, refusalDetails, linkedCaseId, withdrawnOn);
    }

    public CaseHandling closed(Instant at) {
        return new CaseHandling(caseId, assignedTo, acknowledgedAt, extendedAt, extensionReason, respondedOn, finding,
                callMadeAt, callOutcome, at, refusalReason, refusalDetails, linkedCaseId, withdrawnOn);
    }

    public CaseHandling refused(Instant at, String reason, @Nullable String details) {
        return new CaseHandling(caseId, assignedTo, acknowledgedAt, extendedAt, extensionReason, respondedOn, finding,
                callMadeAt, callOutcome, at, reason, details, linkedCaseId, withdrawnOn);
    }

    public CaseHandling withdrawn(LocalDate on, Instant closedNow) {
        return new CaseHandling(caseId, assignedTo, acknowledgedAt, extendedAt, extensionReason, respondedOn, finding,
                callMadeAt, callOutcome, closedNow, refusalReason, refusalDetails, linkedCaseId, on);
    }

    public CaseHandling linked(long otherCaseId) {
        return new CaseHandling(caseId, assignedTo, acknowledgedAt, extendedAt, extensionReason, respondedOn, finding,
                callMadeAt, callOutcome, closedAt, refusalReason, refusalDetails, otherCaseId, withdrawnOn);
    }
}
