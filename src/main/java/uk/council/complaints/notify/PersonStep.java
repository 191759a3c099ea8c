package uk.council.complaints.notify;

import uk.council.complaints.timeline.CaseEventType;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of a complaint the person must hear about (DESIGN section 7), by the timeline event that
 * marks each: an email when they gave an address, a letter to print otherwise. Words: {@code notify.person.<code>.*}.
 */
public enum PersonStep {
    EXTENSION(CaseEventType.EXTENDED, EmailPurpose.EXTENSION, false),
    RESPONSE(CaseEventType.RESPONDED, EmailPurpose.RESPONSE, true),
    STAGE2_OUTCOME(CaseEventType.ADJUDICATED, EmailPurpose.STAGE2_OUTCOME, true),
    STAGE3_OUTCOME(CaseEventType.COUNCIL_RESPONDED, EmailPurpose.STAGE3_OUTCOME, true),
    CLOSURE(CaseEventType.CLOSED, EmailPurpose.CLOSURE, false);

    private final CaseEventType event;
    private final EmailPurpose purpose;
    private final boolean outcome;

    PersonStep(CaseEventType event, EmailPurpose purpose, boolean outcome) {
        this.event = event;
        this.purpose = purpose;
        this.outcome = outcome;
    }

    public static Optional<PersonStep> of(CaseEventType type) {
        return Arrays.stream(values()).filter(s -> s.event == type).findFirst();
    }

    /** The words' key part: {@code notify.person.<code>.*} and {@code staff.letter.step.<code>}. */
    public String code() {
        return purpose.code();
    }

    EmailPurpose purpose() {
        return purpose;
    }

    /** A response or outcome of a stage: the person may then take it further, within a window. */
    boolean isOutcome() {
        return outcome;
    }

    CaseEventType event() {
        return event;
    }
}
