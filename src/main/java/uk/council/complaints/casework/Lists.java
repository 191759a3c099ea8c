package uk.council.complaints.casework;

import uk.council.complaints.triage.Queue;

import java.util.Set;

/** Which queues get which handling; the lists staff choose from are {@link StaffChoices}. */
final class Lists {
    private Lists() {
    }

    /** Queues whose cases get a formal response with a finding. */
    static final Set<Queue> COMPLAINT_QUEUES = Set.of(Queue.STAGE1, Queue.CORPORATE, Queue.STAGE2);
    /** Queues whose closed complaints can go on to Stage 2. */
    static final Set<Queue> ESCALATABLE = Set.of(Queue.STAGE1, Queue.CORPORATE);
}
