package uk.council.complaints.casework.stage;

import jakarta.inject.Singleton;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffAccounts;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.timeline.CaseEvent;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.TriageService;

import java.time.LocalDate;
import java.util.List;

/**
 * What escalating a closed case adds (DESIGN section 7): the request must come within escalation-request working
 * days of the response, or be accepted late with a recorded decision; the issues carry over without findings;
 * corporate Stage 2 keeps who handled Stage 1; Stage 3 gets its panel row with the meeting's due date.
 */
@Singleton
public class EscalationSteps {
    private final StageRules rules;
    private final Rulings rulings;
    private final StageRepositories.Issues issues;
    private final StageRepositories.Investigations investigations;
    private final StageRepositories.Panels panels;
    private final StaffAccounts accounts;
    private final CaseTimeline timeline;
    private final TriageService triage;
    private final StageRepositories.Requests requests;

    EscalationSteps(StageRules rules, Rulings rulings, StageRepositories.Issues issues,
                    StageRepositories.Investigations investigations, StageRepositories.Panels panels,
                    StaffAccounts accounts, CaseTimeline timeline, TriageService triage, StageRepositories.Requests requests) {
        this.requests = requests;
        this.rules = rules;
        this.rulings = rulings;
        this.issues = issues;
        this.investigations = investigations;
        this.panels = panels;
        this.accounts = accounts;
        this.timeline = timeline;
        this.triage = triage;
    }

    /** The kind of case the next stage is. */
    static SubmissionKind nextKind(Queue queue) {
        return switch (queue) {
            case CORPORATE -> SubmissionKind.CORPORATE_STAGE2;
            case STAGE2 -> SubmissionKind.STAGE3;
            default -> SubmissionKind.STAGE2;
        };
    }

    /** The queue of the next stage's case. */
    public static Queue nextQueue(Queue queue) {
        return switch (queue) {
            case CORPORATE -> Queue.CORPORATE_STAGE2;
            case STAGE2 -> Queue.STAGE3;
            default -> Queue.STAGE2;
        };
    }

    /** Refuses a late request unless it is accepted on the same form; whether it was late. */
    boolean checkWindow(CaseState from, LocalDate requestedOn, boolean acceptLate) {
        LocalDate respondedOn = from.handling().respondedOn();
        if (respondedOn == null) {
            throw new CaseworkRefused("staff.refused.escalateNeedsResponse");
        }
        if (requestedOn.isBefore(respondedOn)) {
            throw new CaseworkRefused("staff.refused.requestBeforeResponse");
        }
        boolean late = rules.isLate(respondedOn, requestedOn);
        if (late && !acceptLate) {
            throw new CaseworkRefused("staff.refused.requestLate");
        }
        return late;
    }

    void carryOver(CaseState from, long newCaseId, Queue newQueue, StaffActor by, boolean late, String lateReason) {
        issues.saveAll(issues.findByCaseIdOrderByPosition(from.id()).stream()
                .map(i -> new StageRecords.Issue(null, newCaseId, i.position(), i.nature(), i.summary(), null)).toList());
        if (newQueue == Queue.CORPORATE_STAGE2) {
            investigations.save(new StageRecords.Investigation(newCaseId, null, null, stage1Handler(from), null, null));
        }
        if (newQueue == Queue.STAGE3) {
            LocalDate meetingDue = triage.find(newCaseId).orElseThrow().responseDue();
            panels.save(new StageRecords.Panel(newCaseId, null, null, null, meetingDue, null, null, null, null, null));
        }
        if (late) {
            rulings.record(newCaseId, by, Rulings.LATE_REQUEST, "accepted", lateReason);
        }
    }

    void requested(long newCaseId, String via) {
        requests.save(new StageRecords.Request(newCaseId, via));
    }

    /** Whoever was assigned Stage 1, or else whoever recorded its response. */
    private String stage1Handler(CaseState from) {
        if (from.handling().assignedTo() != null) {
            String assigned = accounts.find(from.handling().assignedTo()).map(StaffMember::actor).orElse(null);
            if (assigned != null) {
                return assigned;
            }
        }
        List<CaseEvent> responses = timeline.events(from.id()).stream()
                .filter(e -> e.eventType().equals(CaseEventType.RESPONDED.code())).toList();
        return responses.isEmpty() ? null : responses.get(responses.size() - 1).actor();
    }
}
