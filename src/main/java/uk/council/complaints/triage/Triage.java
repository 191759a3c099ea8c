package uk.council.complaints.triage;

import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;
import uk.council.complaints.journey.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Automatic triage (DESIGN section 4): from a stored submission to its queue, priority, flags,
 * team and due dates, with a reason for every rule that fired. Pure: no I/O, no clock, so each
 * rule is pinned down by a table of unit tests.
 */
public final class Triage {

    private final RoutingDirectory routing;
    private final WorkingDays workingDays;
    private final DeadlineProperties deadlines;
    private final CorporateServices corporate;

    Triage(RoutingDirectory routing, CorporateServices corporate, WorkingDays workingDays, DeadlineProperties deadlines) {
        this.routing = Objects.requireNonNull(routing, "routing");
        this.corporate = Objects.requireNonNull(corporate, "corporate");
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    public TriageResult triage(TriageInput in) {
        List<Reason> reasons = new ArrayList<>();
        Queue queue = QueueRules.decide(in.submission(), corporate, reasons);
        boolean riskNow = in.submission().complaint().riskNow();
        Priority priority = priority(in, reasons);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        FlagRules.apply(in, flags, reasons);
        Team team = routing.route(queue, in.submission().complaint().service(), reasons);

        DueDates dueDates = new DueDates(workingDays, deadlines);
        LocalDate acknowledgeBy = dueDates.acknowledgeBy(queue, in.submittedOn());
        LocalDate responseDue = null;
        DeadlineKind kind = queue.responseDeadline();
        if (kind != null) {
            responseDue = dueDates.responseDue(queue, in.submittedOn());
            // A call-back is due before the usual acknowledgement: the call itself acknowledges it.
            if (responseDue.isBefore(acknowledgeBy)) {
                acknowledgeBy = responseDue;
            }
        }
        reasons.add(Reason.of("due.acknowledge", "triage.reason.due.acknowledge", acknowledgeBy));
        if (kind != null) {
            reasons.add(responseReason(kind, responseDue, in.submittedOn()));
        }
        return new TriageResult(queue, priority, flags, riskNow, team.name(), team.mailbox(),
                acknowledgeBy, responseDue, reasons);
    }

    // Urgent outranks high; both high grounds are recorded when both apply.
    private static Priority priority(TriageInput in, List<Reason> reasons) {
        if (in.submission().complaint().riskNow()) {
            reasons.add(Reason.of("priority.urgent", "triage.reason.priority.urgent"));
            return Priority.URGENT;
        }
        Priority priority = Priority.NORMAL;
        if (in.roleIs(Role.YOUNG_PERSON)) {
            reasons.add(Reason.of("priority.high.young-person", "triage.reason.priority.high.young-person"));
            priority = Priority.HIGH;
        }
        if (in.advocacyRequested()) {
            reasons.add(Reason.of("priority.high.advocacy", "triage.reason.priority.high.advocacy"));
            priority = Priority.HIGH;
        }
        return priority;
    }

    private Reason responseReason(DeadlineKind kind, LocalDate responseDue, LocalDate submittedOn) {
        int days = deadlines.workingDaysFor(kind);
        return switch (kind) {
            case STAGE1 -> Reason.of("due.response", "triage.reason.due.stage1", responseDue, days,
                    deadlines.workingDaysFor(DeadlineKind.STAGE1_EXTENDED));
            case STAGE2 -> Reason.of("due.response", "triage.reason.due.stage2", responseDue, days,
                    deadlines.workingDaysFor(DeadlineKind.STAGE2_MAX));
            case CORPORATE -> Reason.of("due.response", "triage.reason.due.corporate", responseDue, days,
                    due(submittedOn, DeadlineKind.CORPORATE_SERVICE_REPLY));
            case STAGE3_PANEL -> Reason.of("due.response", "triage.reason.due.stage3", responseDue, days);
            case CORPORATE_STAGE2 -> Reason.of("due.response", "triage.reason.due.corporate-stage2", responseDue, days);
            default -> Reason.of("due.response", "triage.reason.due.callback", responseDue, days);
        };
    }

    private LocalDate due(LocalDate submittedOn, DeadlineKind kind) {
        return workingDays.addWorkingDays(submittedOn, deadlines.workingDaysFor(kind));
    }
}
