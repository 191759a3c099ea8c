package uk.council.complaints.casework.action;

import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.triage.Queue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When each action on a case applies, declared once (issue 21): the case page offers an action only when it applies,
 * and a post of it is refused (409) when it does not, under the case's row lock. Each outcome of a stage (response,
 * adjudication, council's response) applies only until it is recorded. The answer is the refusal's message key.
 */
public final class ActionRules {
    /** The actions that record a finding on each of the complaint's issues (and its nature with it, in the report). */
    private static final Set<CaseActions> ISSUE_FINDINGS = EnumSet.of(CaseActions.RESPONSE, CaseActions.ADJUDICATE,
            CaseActions.COUNCIL_RESPONSE, CaseActions.CORRECT_OUTCOME);

    private ActionRules() {
    }

    /** The actions that apply, in the order the case page shows them. */
    static List<CaseActions> offered(CaseFacts f) {
        return Arrays.stream(CaseActions.values()).filter(a -> refusal(a, f).isEmpty()).toList();
    }

    static Optional<String> refusal(CaseActions action, CaseFacts f) {
        return byState(action, f).or(() -> natures(action, f));
    }

    /**
     * Issue 21: after a re-triage to the other procedure, no finding is recorded on an issue whose nature is not on the
     * case's list (the annual report would count a corporate complaint under a statutory nature) until it is corrected.
     */
    private static Optional<String> natures(CaseActions action, CaseFacts f) {
        return Optional.ofNullable(ISSUE_FINDINGS.contains(action) && f.naturesOffList()
                ? "staff.refused.naturesOffList." + f.queue().procedure().name().toLowerCase(Locale.ROOT) : null);
    }

    private static Optional<String> byState(CaseActions action, CaseFacts f) {
        if (action == CaseActions.NOTE) {
            return Optional.empty();
        }
        if (action == CaseActions.CORRECT_OUTCOME) {
            // A mistake is often found after the case was closed or escalated: the outcome stays one, put right.
            return Optional.ofNullable(f.responded() ? null : "staff.refused.correctNeedsOutcome");
        }
        if (action == CaseActions.CORRECT_DETAILS || action == CaseActions.CORRECT_ISSUE) {
            return Optional.ofNullable(Lists.COMPLAINT_QUEUES.contains(f.queue()) ? null : "staff.refused.complaintsOnly");
        }
        if (action == CaseActions.CORRECT_ENQUIRY) {
            return Optional.ofNullable(f.enquiry() ? null : "staff.refused.enquiriesOnly");
        }
        if (action != CaseActions.ESCALATE && !f.open()) {
            return Optional.of(f.status() == CaseStatus.REFUSED ? "staff.refused.alreadyRefused" : "staff.refused.alreadyClosed");
        }
        return Optional.ofNullable(switch (action) {
            case ASSIGN, RETRIAGE -> f.manager() ? null : "staff.refused.managersOnly";
            case ACKNOWLEDGE -> f.status().canMoveTo(CaseStatus.ACKNOWLEDGED) ? null : "staff.refused.alreadyAcknowledged";
            case RECORD_CALL -> f.queue() == Queue.CALLBACK ? null : "staff.refused.callCallbacksOnly";
            case CONVERT -> f.queue() != Queue.CALLBACK ? "staff.refused.convertCallbacksOnly"
                    : f.handling().callMadeAt() == null ? "staff.refused.convertNeedsCall" : null;
            case RESPONSE -> response(f);
            case EXTEND -> !Lists.EXTENDABLE.contains(f.queue()) ? "staff.refused.extendNotThisQueue"
                    : f.handling().extendedAt() != null ? "staff.refused.alreadyExtended" : null;
            case CLOSE, REFUSE, NOTE -> null;
            case WITHDRAW -> Lists.COMPLAINT_QUEUES.contains(f.queue()) ? null : "staff.refused.complaintsOnly";
            case ISSUES -> Lists.COMPLAINT_QUEUES.contains(f.queue()) ? null : "staff.refused.issuesComplaintsOnly";
            case ESCALATE -> escalate(f);
            default -> StageActionRules.refusal(action, f);
        });
    }

    private static String response(CaseFacts f) {
        if (!Lists.RESPONSE_QUEUES.contains(f.queue())) {
            return Lists.COMPLAINT_QUEUES.contains(f.queue()) ? "staff.refused.responseByStageAction"
                    : "staff.refused.responseComplaintsOnly";
        }
        return f.responded() ? "staff.refused.alreadyResponded" : null;
    }

    /** After the stage's outcome, open (it is closed as escalated) or closed; once. */
    private static String escalate(CaseFacts f) {
        if (!Lists.ESCALATABLE.contains(f.queue())) {
            return "staff.refused.escalateComplaintsOnly";
        }
        if (f.status() == CaseStatus.REFUSED) {
            return "staff.refused.alreadyRefused";
        }
        if (f.handling().movedOn()) {
            return "staff.refused.alreadyLinked";
        }
        return f.responded() ? null : "staff.refused.escalateNeedsResponse";
    }
}
