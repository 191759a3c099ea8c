package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.stage.CaseDecisions;
import uk.council.complaints.casework.stage.CaseIssues;
import uk.council.complaints.casework.stage.Casework;
import uk.council.complaints.casework.stage.Extensions;
import uk.council.complaints.casework.stage.LinkedCases;
import uk.council.complaints.casework.stage.PanelReportCorrection;
import uk.council.complaints.casework.stage.PanelSteps;
import uk.council.complaints.casework.stage.Rulings;
import uk.council.complaints.casework.stage.StageTwo;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each action with a page records once its answers passed their checks and the guard let it through (issue 21):
 * declared once here, for the one controller ({@link CaseActionController}, through {@link ActionPaths}), the
 * import's replay ({@link HistoricSteps}) and the property test alike. Its questions are {@link ActionForms}, when it
 * applies is {@link ActionRules}; the record's actions are declared alike in {@link RecordSteps}.
 */
@Singleton
class ActionSteps {
    private final Map<CaseActions, ActionRunner.Step> steps = new EnumMap<>(CaseActions.class);
    private final ActionPages pages;

    ActionSteps(ActionPages pages, Casework casework, CaseDecisions decisions, LinkedCases linked, Extensions extensions,
                OutcomeCorrections corrections, CaseDetailsCorrections details, StageTwo stageTwo, PanelSteps panel,
                Rulings rulings, PanelReportCorrection reportCorrection, CaseIssues issues) {
        this.pages = pages;
        steps.put(CaseActions.ASSIGN, (id, by, f) -> decisions.assign(id, by,
                f.get("assignee").equals("none") ? null : Long.valueOf(f.get("assignee"))));
        steps.put(CaseActions.RETRIAGE, (id, by, f) -> decisions.retriage(id, by, Queue.valueOf(f.get("queue")),
                Priority.valueOf(f.get("priority")), f.get("reason")));
        steps.put(CaseActions.EXTEND, (id, by, f) -> extensions.extend(id, by, f.get("reason")));
        steps.put(CaseActions.RESPONSE, (id, by, f) -> casework.recordResponse(id, by, pages.dateOr(f, "respondedOn"),
                f.all("methods"), f.get("finding"), f.all("outcomes"), StageForms.findings(f, pages.issues(id))));
        steps.put(CaseActions.RECORD_CALL, (id, by, f) -> casework.recordCall(id, by, f.get("outcome")));
        steps.put(CaseActions.REFUSE, (id, by, f) -> casework.refuse(id, by, f.get("reason"), f.get("details")));
        steps.put(CaseActions.WITHDRAW, (id, by, f) -> casework.withdraw(id, by, pages.dateOr(f, "withdrawnOn")));
        steps.put(CaseActions.NOTE, (id, by, f) -> decisions.note(id, by, f.get("text")));
        steps.put(CaseActions.ESCALATE, (id, by, f) -> linked.escalate(id, by, f.get("reason"), f.get("wantNow"),
                pages.dateOr(f, "requestedOn"), f.get("requestVia"), !f.all("acceptLate").isEmpty(), f.get("lateReason")));
        steps.put(CaseActions.CORRECT_OUTCOME, (id, by, f) -> corrections.correct(id, by, pages.dateOr(f, "respondedOn"),
                f.get("finding"), StageForms.findings(f, pages.issues(id)), f.get("reason")));
        steps.put(CaseActions.CORRECT_DETAILS, (id, by, f) -> details.correct(id, by, f.get("service"), f.all("outcomesSought")));
        steps.put(CaseActions.CORRECT_ENQUIRY, (id, by, f) -> details.correctEnquiryKind(id, by, f.get("enquiryKind")));
        steps.put(CaseActions.CORRECT_ISSUE, (id, by, f) -> issues.correctNature(id, by, Integer.parseInt(f.get("issue")),
                f.get("nature"), f.get("reason")));
        steps.put(CaseActions.CONVERT, (id, by, f) -> linked.convert(id, by, f.get("service"), f.get("whatHappened"),
                f.all("outcomesSought")));
        // Issue 10, the statutory lifecycle
        steps.put(CaseActions.INVESTIGATORS, (id, by, f) -> stageTwo.namePeople(id, by, f.get("investigatingOfficer"),
                f.get("independentPerson")));
        steps.put(CaseActions.ADJUDICATE, (id, by, f) -> outcome(stageTwo, CaseActions.ADJUDICATE, id, by, f));
        steps.put(CaseActions.COUNCIL_RESPONSE, (id, by, f) -> outcome(stageTwo, CaseActions.COUNCIL_RESPONSE, id, by, f));
        steps.put(CaseActions.PANEL, (id, by, f) -> panel.members(id, by, f.get("chair"), f.get("memberTwo"), f.get("memberThree")));
        steps.put(CaseActions.MEETING, (id, by, f) -> panel.meeting(id, by, pages.dateOr(f, "meetingOn")));
        steps.put(CaseActions.REPORT, (id, by, f) -> panel.report(id, by, pages.dateOr(f, "reportOn")));
        steps.put(CaseActions.CORRECT_REPORT, (id, by, f) -> reportCorrection.correct(id, by, pages.dateOr(f, "reportOn"),
                f.get("reason")));
        steps.put(CaseActions.OUT_OF_TIME, (id, by, f) -> rulings.outOfTime(id, by, f.get("decision"), f.get("reason")));
        steps.put(CaseActions.PROCEEDINGS, (id, by, f) -> rulings.proceedings(id, by, f.get("decision"), f.get("reason")));
        steps.put(CaseActions.RESUME, (id, by, f) -> rulings.resume(id, by, pages.dateOr(f, "resumedOn")));
    }

    /** What the action records from its page's answers; empty for the actions without a page (acknowledge, close, issues). */
    Optional<ActionRunner.Step> step(CaseActions action) {
        return Optional.ofNullable(steps.get(action));
    }

    private void outcome(StageTwo stageTwo, CaseActions action, long id, StaffActor by, StaffForm f) {
        stageTwo.outcome(id, by, action, pages.dateOr(f, "respondedOn"), f.get("finding"),
                StageForms.findings(f, pages.issues(id)), f.all("outcomes"));
    }
}
