package uk.council.complaints.casework;

import jakarta.inject.Singleton;
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

    String extended(LocalDate due, String reason) {
        return msg.get("staff.eventDetail.extended", msg.date(due, "date"), reason);
    }

    String responded(List<String> methods, String finding, List<String> outcomes) {
        return msg.get("staff.eventDetail.responded", words(StaffChoices.RESPONSE_METHOD, methods), msg.get(StaffChoices.FINDING.labelKey(finding)),
                words(StaffChoices.ACTUAL_OUTCOME, outcomes));
    }

    String refused(String reason, String details) {
        String words = msg.get(StaffChoices.REFUSAL_REASON.labelKey(reason));
        return details.isEmpty() ? words : words + ": " + details;
    }

    String retriaged(Queue fromQueue, Priority fromPriority, Queue toQueue, Priority toPriority, String reason) {
        return msg.get("staff.eventDetail.retriaged", label(StaffChoices.QUEUE, fromQueue), label(StaffChoices.PRIORITY, fromPriority),
                label(StaffChoices.QUEUE, toQueue), label(StaffChoices.PRIORITY, toPriority), reason);
    }

    private String words(StaffChoices list, List<String> codes) {
        return codes.stream().map(c -> msg.get(list.labelKey(c))).collect(Collectors.joining(", "));
    }

    private String label(StaffChoices list, Enum<?> code) {
        return msg.get(list.labelKey(code.name()));
    }
}
