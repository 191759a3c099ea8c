package uk.council.complaints.notify;

import uk.council.complaints.deadline.DeadlineKind;

import java.util.Map;
import java.util.Optional;

/**
 * What the person can do after a stage's outcome, and how long they have (DESIGN section 7): ask for
 * Stage 2 or for the Stage 3 review panel within their window, or go to the Ombudsman.
 * Words: {@code notify.person.next.<name>}.
 */
enum NextStep {
    STAGE2(DeadlineKind.ESCALATION_REQUEST),
    STAGE3(DeadlineKind.ESCALATION_REQUEST),
    OMBUDSMAN(null);

    /**
     * After the outcome of a case in this queue (by the queue's name, so a queue added later needs only a line
     * here): a corporate complaint goes to its Stage 2 as a statutory one does, Stage 2 to the review panel,
     * and the last stage of either procedure to the Local Government and Social Care Ombudsman.
     */
    private static final Map<String, NextStep> AFTER_QUEUE = Map.of(
            "STAGE1", STAGE2,
            "CORPORATE", STAGE2,
            "STAGE2", STAGE3,
            "CORPORATE_STAGE2", OMBUDSMAN,
            "STAGE3", OMBUDSMAN);

    private final DeadlineKind window;

    NextStep(DeadlineKind window) {
        this.window = window;
    }

    /** Empty for a queue that is not a complaint's (call-backs, compliments, signposting). */
    static Optional<NextStep> after(String queue) {
        return Optional.ofNullable(AFTER_QUEUE.get(queue));
    }

    /** The deadline of the person's request, counted in working days from the outcome; null when there is none. */
    DeadlineKind window() {
        return window;
    }
}
