package uk.council.complaints.webhook;

import uk.council.complaints.timeline.CaseEventType;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The event types an endpoint may ask for, and which timeline events are which (the one place they are told apart):
 * any feature that records one of these timeline events on a case sends the webhook, with no change here.
 * case.overdue is not a timeline event: {@link OverdueCheck} finds it.
 */
enum WebhookEventType {
    CASE_CREATED("case.created"),
    CASE_STAGE_CHANGED("case.stage_changed"),
    CASE_CLOSED("case.closed"),
    CASE_OVERDUE("case.overdue");

    /**
     * A new case is triaged (public form and staff intake) or made from another (escalation, conversion); it moves
     * stage when re-triaged to another queue or escalated; it ends closed, refused or withdrawn.
     */
    private static final Map<CaseEventType, WebhookEventType> FROM_TIMELINE = Map.of(
            CaseEventType.TRIAGED, CASE_CREATED,
            CaseEventType.CREATED_FROM, CASE_CREATED,
            CaseEventType.RETRIAGED, CASE_STAGE_CHANGED,
            CaseEventType.ESCALATED, CASE_STAGE_CHANGED,
            CaseEventType.CLOSED, CASE_CLOSED,
            CaseEventType.REFUSED, CASE_CLOSED,
            CaseEventType.WITHDRAWN, CASE_CLOSED);

    private final String code;

    WebhookEventType(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<WebhookEventType> of(CaseEventType recorded) {
        return Optional.ofNullable(FROM_TIMELINE.get(recorded));
    }

    static Optional<WebhookEventType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
