package uk.council.complaints.casework.action;

import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.triage.Queue;

/**
 * When each action of the statutory lifecycle applies (part of {@link ActionRules}): Stage 2's people until the
 * adjudication and the adjudication once; the Stage 3 panel's members, meeting and report in turn, then the council's
 * response once; the out-of-time decision at Stage 1; proceedings pause a complaint until it is resumed.
 */
final class StageActionRules {
    private StageActionRules() {
    }

    /** The refusal's message key, or null when it applies; only for the open case. */
    static String refusal(CaseActions action, CaseFacts f) {
        return switch (action) {
            case INVESTIGATORS -> f.queue() != Queue.STAGE2 ? "staff.refused.stage2Only"
                    : f.adjudicated() ? "staff.refused.alreadyAdjudicated" : null;
            case ADJUDICATE -> f.queue() != Queue.STAGE2 ? "staff.refused.stage2Only"
                    : f.adjudicated() ? "staff.refused.alreadyAdjudicated" : null;
            case PANEL, MEETING, REPORT, COUNCIL_RESPONSE -> panel(action, f);
            case CORRECT_REPORT -> f.queue() != Queue.STAGE3 ? "staff.refused.stage3Only"
                    : f.panel() == null || f.panel().reportOn() == null ? "staff.refused.correctNeedsOutcome" : null;
            case OUT_OF_TIME -> f.queue() == Queue.STAGE1 || f.queue() == Queue.CORPORATE ? null
                    : "staff.refused.outOfTimeStage1Only";
            case PROCEEDINGS -> !Lists.COMPLAINT_QUEUES.contains(f.queue()) ? "staff.refused.complaintsOnly"
                    : f.paused() ? "staff.refused.alreadyPaused" : null;
            case RESUME -> !Lists.COMPLAINT_QUEUES.contains(f.queue()) ? "staff.refused.complaintsOnly"
                    : f.paused() ? null : "staff.refused.notPaused";
            default -> null;
        };
    }

    private static String panel(CaseActions action, CaseFacts f) {
        StageRecords.Panel p = f.panel();
        if (f.queue() != Queue.STAGE3 || p == null) {
            return "staff.refused.stage3Only";
        }
        return switch (action) {
            case PANEL -> p.meetingOn() != null ? "staff.refused.alreadyMet" : null;
            case MEETING -> p.chair() == null ? "staff.refused.panelMembersFirst"
                    : p.meetingOn() != null ? "staff.refused.alreadyMet" : null;
            case REPORT -> p.meetingOn() == null ? "staff.refused.meetingFirst"
                    : p.reportOn() != null ? "staff.refused.alreadyReported" : null;
            default -> p.reportOn() == null ? "staff.refused.reportFirst"
                    : p.councilResponseOn() != null ? "staff.refused.alreadyCouncilResponded" : null;
        };
    }
}
