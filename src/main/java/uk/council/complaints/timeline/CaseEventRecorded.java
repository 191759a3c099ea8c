package uk.council.complaints.timeline;

import io.micronaut.core.annotation.Nullable;

/**
 * Published for every event added to a case's timeline, synchronously and in the recording transaction,
 * so a feature that reacts (telling the person by email, say) commits or rolls back with the action.
 * {@code historic}: recorded as part of a case's earlier history brought in by an import ({@link HistoricRecording}),
 * not something that happens now.
 */
public record CaseEventRecorded(long caseId, String actor, CaseEventType type, @Nullable String detail, boolean historic) {
}
