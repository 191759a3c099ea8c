package uk.council.complaints.notify;

import uk.council.complaints.timeline.CaseEventType;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of a complaint the person must hear about (DESIGN section 7), by the timeline event that
 * marks each: an email when they gave an address, a letter to print otherwise. Words: {@code notify.person.<code>.*}.
 */
public enum PersonStep {
    // The acknowledgement email goes when the case is made (NewCaseEmails): this step is the letter, for the person
    // without an email address (issue 21).
    ACKNOWLEDGEMENT(CaseEventType.ACKNOWLEDGED, EmailPurpose.ACKNOWLEDGEMENT, false, false),
    EXTENSION(CaseEventType.EXTENDED, EmailPurpose.EXTENSION, false, true),
    RESPONSE(CaseEventType.RESPONDED, EmailPurpose.RESPONSE, true, true),
    STAGE2_OUTCOME(CaseEventType.ADJUDICATED, EmailPurpose.STAGE2_OUTCOME, true, true),
    STAGE3_OUTCOME(CaseEventType.COUNCIL_RESPONDED, EmailPurpose.STAGE3_OUTCOME, true, true),
    // Out of time or not a complaint (issue 21): the reason, and the Ombudsman.
    REFUSAL(CaseEventType.REFUSED, EmailPurpose.REFUSAL, false, true),
    CLOSURE(CaseEventType.CLOSED, EmailPurpose.CLOSURE, false, true);

    private final CaseEventType event;
    private final EmailPurpose purpose;
    private final boolean outcome;
    private final boolean emailed;

    PersonStep(CaseEventType event, EmailPurpose purpose, boolean outcome, boolean emailed) {
        this.event = event;
        this.purpose = purpose;
        this.outcome = outcome;
        this.emailed = emailed;
    }

    /** Whether the step is emailed when the person has an address (every step is a letter to print). */
    boolean emailed() {
        return emailed;
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
