package uk.council.complaints.casework.core;

import uk.council.complaints.triage.Queue;

import java.util.Set;

/** Which queues get which handling; the lists staff choose from are {@link StaffChoices}. */
public final class Lists {
    private Lists() {
    }

    /** Queues whose cases get a formal response with a finding. */
    public static final Set<Queue> COMPLAINT_QUEUES = Set.of(Queue.STAGE1, Queue.CORPORATE, Queue.STAGE2, Queue.STAGE3,
            Queue.CORPORATE_STAGE2);
    /** Queues whose closed complaints can go on to the next stage (Stage 2, corporate Stage 2, Stage 3). */
    public static final Set<Queue> ESCALATABLE = Set.of(Queue.STAGE1, Queue.CORPORATE, Queue.STAGE2);
    // Issue 10: Stage 2 is answered by its adjudication and Stage 3 by the council's response, not "record response".
    public static final Set<Queue> RESPONSE_QUEUES = Set.of(Queue.STAGE1, Queue.CORPORATE, Queue.CORPORATE_STAGE2);
    public static final Set<Queue> EXTENDABLE = Set.of(Queue.STAGE1, Queue.CORPORATE, Queue.STAGE2);
}
