package uk.council.complaints.casework.stage;

import jakarta.inject.Singleton;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The timeline's details in words, as staff read them then (the record keeps its wording if labels change). */
@Singleton
class EventText {
    private final Messages msg;

    EventText(Messages msg) {
        this.msg = msg;
    }

    String extended(Queue queue, LocalDate due, String reason) {
        return msg.get("staff.eventDetail.extended", label(StaffChoices.QUEUE, queue), msg.date(due, "date"), reason);
    }

    /** "Stage 3 review panel: W123-4567", the stage the person asked for and its case. */
    String escalated(Queue from, String reference) {
        return msg.get("staff.eventDetail.escalated", label(StaffChoices.QUEUE, EscalationSteps.nextQueue(from)), reference);
    }

    String responded(List<String> methods, String finding, List<String> outcomes) {
        return msg.get("staff.eventDetail.responded", words(StaffChoices.RESPONSE_METHOD, methods), msg.get(StaffChoices.FINDING.labelKey(finding)),
                words(StaffChoices.ACTUAL_OUTCOME, outcomes));
    }

    String withdrawn(LocalDate on) {
        return msg.get("staff.eventDetail.withdrawn", msg.date(on, "date"));
    }

    String refused(String reason, String details) {
        String words = msg.get(StaffChoices.REFUSAL_REASON.labelKey(reason));
        return details.isEmpty() ? words : words + ": " + details;
    }

    String retriaged(Queue fromQueue, Priority fromPriority, Queue toQueue, Priority toPriority, String reason) {
        return msg.get("staff.eventDetail.retriaged", label(StaffChoices.QUEUE, fromQueue), label(StaffChoices.PRIORITY, fromPriority),
                label(StaffChoices.QUEUE, toQueue), label(StaffChoices.PRIORITY, toPriority), reason);
    }

    // Issue 10, the statutory lifecycle
    String countedFromAcknowledgement() {
        return msg.get("staff.eventDetail.fromAcknowledgement");
    }

    String stage2People(String officer, String independent) {
        return msg.get("staff.eventDetail.stage2People", officer, independent);
    }

    String outcome(LocalDate on, String finding, List<String> outcomes) {
        return msg.get("staff.eventDetail.outcome", msg.date(on, "date"), msg.get(StaffChoices.FINDING.labelKey(finding)),
                words(StaffChoices.ACTUAL_OUTCOME, outcomes));
    }

    String panel(String chair, String two, String three) {
        return msg.get("staff.eventDetail.panel", chair, two, three);
    }

    String panelStep(String step, LocalDate on, LocalDate nextDue) {
        return msg.get("staff.eventDetail.panel." + step, msg.date(on, "date"), msg.date(nextDue, "date"));
    }

    String resumed(LocalDate pausedOn, LocalDate resumedOn, int days, LocalDate due) {
        return msg.get("staff.eventDetail.resumed", msg.date(pausedOn, "date"), msg.date(resumedOn, "date"), days,
                due == null ? msg.get("staff.summary.noResponseDue") : msg.date(due, "date"));
    }

    String decision(String kind, String decision, String reason) {
        return msg.get("staff.decisionKind." + kind) + ": " + msg.get("staff.decision." + kind + "." + decision)
                + ". " + reason;
    }

    private String words(StaffChoices list, List<String> codes) {
        return codes.stream().map(c -> msg.get(list.labelKey(c))).collect(Collectors.joining(", "));
    }

    private String label(StaffChoices list, Enum<?> code) {
        return msg.get(list.labelKey(code.name()));
    }
}
