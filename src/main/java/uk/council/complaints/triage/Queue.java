package uk.council.complaints.triage;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.cases.Procedure;
import uk.council.complaints.deadline.DeadlineKind;

/** The complaints team's queues (DESIGN section 4). */
public enum Queue {
    STAGE1(DeadlineKind.STAGE1),
    /** Corporate Stage 1 (the Ombudsman's Complaint Handling Code): answered within days of the acknowledgement. */
    CORPORATE(DeadlineKind.CORPORATE, DeadlineKind.CORPORATE_ACKNOWLEDGE),
    CALLBACK(DeadlineKind.CALLBACK),
    STAGE2(DeadlineKind.STAGE2),
    /** Compliments, comments and suggestions: acknowledged, with no response deadline. */
    COMPLIMENTS(null),
    /** Out of remit: acknowledged and pointed elsewhere, with no response deadline. */
    SIGNPOST(null),
    // Issue 10, the statutory lifecycle (DESIGN section 7)
    /** Stage 3 review panel: the first step due is the meeting. */
    STAGE3(DeadlineKind.STAGE3_PANEL),
    /** Corporate Stage 2, escalated from a closed corporate complaint. */
    CORPORATE_STAGE2(DeadlineKind.CORPORATE_STAGE2, DeadlineKind.CORPORATE_STAGE2_ACKNOWLEDGE);

    private final DeadlineKind responseDeadline;
    private final DeadlineKind acknowledgeDeadline;

    Queue(@Nullable DeadlineKind responseDeadline) {
        this(responseDeadline, DeadlineKind.ACKNOWLEDGE);
    }

    Queue(@Nullable DeadlineKind responseDeadline, DeadlineKind acknowledgeDeadline) {
        this.responseDeadline = responseDeadline;
        this.acknowledgeDeadline = acknowledgeDeadline;
    }

    /** The deadline the response is counted by, or null when the queue only acknowledges. */
    @Nullable
    public DeadlineKind responseDeadline() {
        return responseDeadline;
    }

    public DeadlineKind acknowledgeDeadline() {
        return acknowledgeDeadline;
    }

    /** The procedure a case in this queue is handled under (its natures, issue 21). */
    public Procedure procedure() {
        return this == CORPORATE || this == CORPORATE_STAGE2 ? Procedure.CORPORATE : Procedure.STATUTORY;
    }

    /** The Complaint Handling Code counts the answer from the acknowledgement, not from the request. */
    public boolean answeredFromAcknowledgement() {
        return acknowledgeDeadline != DeadlineKind.ACKNOWLEDGE;
    }
}
