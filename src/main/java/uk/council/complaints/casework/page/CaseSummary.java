package uk.council.complaints.casework.page;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.cases.HowReceived;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseResolution;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The summary lists at the top of the case page: where triage put it, and what the team has done. */
@Singleton
class CaseSummary {
    private final Messages msg;

    CaseSummary(Messages msg) {
        this.msg = msg;
    }

    List<CaseAnswers.Row> triageRows(SubmittedCase c, StoredTriage t) {
        List<CaseAnswers.Row> rows = new ArrayList<>();
        add(rows, "received", msg.date(c.receivedOn(), "date"));
        // How it arrived (issue 10); for compliments and comments, the team they are about and who gave them.
        add(rows, "receivedVia", msg.get(HowReceived.viaKey(c.receivedVia())));
        if (c.feedbackTeam() != null) {
            add(rows, "feedbackTeam", c.feedbackTeam());
        }
        if (c.feedbackGiver() != null) {
            add(rows, "feedbackGiver", msg.get(HowReceived.giverKey(c.feedbackGiver())));
        }
        add(rows, "queue", msg.get(StaffChoices.QUEUE.labelKey(t.queue().name())));
        add(rows, "priority", msg.get(StaffChoices.PRIORITY.labelKey(t.priority().name())));
        add(rows, "team", t.team());
        add(rows, "flags", t.flags().isEmpty() ? msg.get("staff.summary.none")
                : String.join("\n", t.flags().stream().map(f -> msg.get("staff.flag." + f)).toList()));
        add(rows, "acknowledgeBy", msg.date(t.acknowledgeBy(), "date"));
        add(rows, "responseDue", t.responseDue() == null ? msg.get("staff.summary.noResponseDue")
                : msg.date(t.responseDue(), "date"));
        if (t.frontDoorAlert()) {
            add(rows, "frontDoor", msg.get("staff.summary.frontDoorAlert"));
        }
        return rows;
    }

    List<CaseAnswers.Row> handlingRows(CaseHandling h, List<CaseResolution> resolutions, @Nullable String assignee) {
        List<CaseAnswers.Row> rows = new ArrayList<>();
        add(rows, "assignedTo", assignee == null ? msg.get("staff.queue.unassigned") : assignee);
        add(rows, "acknowledged", h.acknowledgedAt() == null ? msg.get("staff.summary.notYet") : date(h.acknowledgedAt()));
        if (h.extendedAt() != null) {
            add(rows, "extended", date(h.extendedAt()) + "\n" + h.extensionReason());
        }
        if (h.respondedOn() != null) {
            add(rows, "responded", msg.date(h.respondedOn(), "date"));
            add(rows, "methods", codes(resolutions, CaseResolution.METHOD, StaffChoices.RESPONSE_METHOD));
            add(rows, "finding", msg.get(StaffChoices.FINDING.labelKey(h.finding())));
            add(rows, "outcomes", codes(resolutions, CaseResolution.OUTCOME, StaffChoices.ACTUAL_OUTCOME));
        }
        if (h.callMadeAt() != null) {
            add(rows, "call", date(h.callMadeAt()) + "\n" + h.callOutcome());
        }
        if (h.refusalReason() != null) {
            add(rows, "refused", msg.get(StaffChoices.REFUSAL_REASON.labelKey(h.refusalReason()))
                    + (h.refusalDetails() == null ? "" : "\n" + h.refusalDetails()));
        }
        if (h.withdrawnOn() != null) {
            add(rows, "withdrawn", msg.date(h.withdrawnOn(), "date"));
        }
        if (h.closedAt() != null) {
            add(rows, "closed", date(h.closedAt()));
        }
        return rows;
    }

    private String codes(List<CaseResolution> all, String kind, StaffChoices list) {
        return String.join("\n", all.stream().filter(r -> r.key().kind().equals(kind))
                .map(r -> msg.get(list.labelKey(r.key().code()))).toList());
    }

    private String date(Instant at) {
        return msg.date(at.atZone(ClockFactory.COUNCIL_ZONE), "date");
    }

    private void add(List<CaseAnswers.Row> rows, String key, String value) {
        rows.add(new CaseAnswers.Row(msg.get("staff.summary." + key), value.lines().toList()));
    }
}
