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
        return msg.get("staff.eventDetail.extended", CaseAnswers.DATE.format(due), reason);
    }

    String responded(List<String> methods, String finding, List<String> outcomes) {
        return msg.get("staff.eventDetail.responded", words("staff.method.", methods), msg.get("staff.finding." + finding),
                words("staff.outcome.", outcomes));
    }

    String refused(String reason, String details) {
        String words = msg.get("staff.refusal." + reason);
        return details.isEmpty() ? words : words + ": " + details;
    }

    String retriaged(Queue fromQueue, Priority fromPriority, Queue toQueue, Priority toPriority, String reason) {
        return msg.get("staff.eventDetail.retriaged", msg.get("staff.queue." + fromQueue), msg.get("staff.priority." + fromPriority),
                msg.get("staff.queue." + toQueue), msg.get("staff.priority." + toPriority), reason);
    }

    private String words(String prefix, List<String> codes) {
        return codes.stream().map(c -> msg.get(prefix + c)).collect(Collectors.joining(", "));
    }
}
