package uk.council.complaints.queue;

import uk.council.complaints.cases.CaseStatus;
import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;

import java.time.LocalDate;
import java.util.List;

/** One case in the queue: no names or contact details, only what the team needs to choose what to open. */
record QueueRow(long caseId, String reference, SubmissionKind kind, CaseStatus status, LocalDate receivedOn, Queue queue,
                Priority priority, LocalDate acknowledgeBy, @Nullable LocalDate responseDue,
                @Nullable String assigneeName, List<Flag> flags) {

    boolean isOpen() {
        return status.isOpen();
    }

    /** The date the queue sorts by: the response date, or the acknowledgement for queues that only acknowledge. */
    LocalDate due() {
        return responseDue != null ? responseDue : acknowledgeBy;
    }

    boolean acknowledgementOverdue(LocalDate today) {
        return status == CaseStatus.NEW && acknowledgeBy.isBefore(today);
    }

    QueueRow withFlags(List<Flag> caseFlags) {
        return new QueueRow(caseId, reference, kind, status, receivedOn, queue, priority, acknowledgeBy, responseDue,
                assigneeName, caseFlags);
    }
}
