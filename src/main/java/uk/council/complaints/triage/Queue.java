package uk.council.complaints.triage;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.deadline.DeadlineKind;

/** The complaints team's queues (DESIGN section 4). */
public enum Queue {
    STAGE1(DeadlineKind.STAGE1),
    CORPORATE(DeadlineKind.CORPORATE),
    CALLBACK(DeadlineKind.CALLBACK),
    STAGE2(DeadlineKind.STAGE2),
    /** Compliments, comments and suggestions: acknowledged, with no response deadline. */
    COMPLIMENTS(null),
    /** Out of remit: acknowledged and pointed elsewhere, with no response deadline. */
    SIGNPOST(null);

    private final DeadlineKind responseDeadline;

    Queue(@Nullable DeadlineKind responseDeadline) {
        this.responseDeadline = responseDeadline;
    }

    /** The deadline the response is counted by, or null when the queue only acknowledges. */
    @Nullable
    public DeadlineKind responseDeadline() {
        return responseDeadline;
    }
}
