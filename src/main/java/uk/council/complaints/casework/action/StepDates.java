package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Every step's date is on or after the step it follows (issue 21): the response, the adjudication and the panel
 * meeting after the case was received (a Stage 2 or 3 case is received on the day it was asked for); the report
 * after the meeting; the council's response after the report; a request for the next stage after the response;
 * the end of a pause after its start. (Not in the future is the date question's own check.) The error names the
 * date it must not be before, on the field, with what was typed kept.
 */
@Singleton
class StepDates {
    private final CaseRepository cases;
    private final CaseworkRepository handling;
    private final StageRepositories.Panels panels;
    private final StageRepositories.Pauses pauses;
    private final Messages msg;
    private final TriageService triage;

    StepDates(CaseRepository cases, CaseworkRepository handling, StageRepositories.Panels panels,
              StageRepositories.Pauses pauses, Messages msg, TriageService triage) {
        this.triage = triage;
        this.cases = cases;
        this.handling = handling;
        this.panels = panels;
        this.pauses = pauses;
        this.msg = msg;
    }

    /** The question that carries the action's date, or empty when it has none. */
    static Optional<String> field(CaseActions action) {
        return Optional.ofNullable(switch (action) {
            case RESPONSE, ADJUDICATE, COUNCIL_RESPONSE, CORRECT_OUTCOME -> "respondedOn";
            case MEETING -> "meetingOn";
            case REPORT, CORRECT_REPORT -> "reportOn";
            case ESCALATE -> "requestedOn";
            case RESUME -> "resumedOn";
            case WITHDRAW -> "withdrawnOn";
            default -> null;
        });
    }

    /** The date field's error when the date answered is before the step it follows. */
    @Transactional
    Map<String, String> check(CaseActions action, StaffForm form, long caseId) {
        Optional<String> name = field(action);
        Optional<LocalDate> given = name.flatMap(n -> StageForms.dateOf(form, n));
        if (given.isEmpty()) {
            return Map.of();
        }
        CaseActions checked = action == CaseActions.CORRECT_OUTCOME ? corrected(caseId) : action;
        if (action == CaseActions.CORRECT_OUTCOME || action == CaseActions.CORRECT_REPORT) {
            Optional<LocalDate> next = (action == CaseActions.CORRECT_REPORT ? panels.findById(caseId)
                    .map(StageRecords.Panel::councilResponseOn) : nextStageAskedOn(caseId)).filter(d -> given.get().isAfter(d));
            if (next.isPresent()) {
                return Map.of(name.get(), msg.get("staff.form.error.date.notAfter." + action.slug(), msg.date(next.get(), "date")));
            }
        }
        return floor(checked, caseId).filter(f -> given.get().isBefore(f.on()))
                .map(f -> Map.of(name.get(), msg.get("staff.form.error.date.before", msg.date(f.on(), "date"),
                        msg.get("staff.form.error.date.after." + f.what()))))
                .orElse(Map.of());
    }

    /** A corrected outcome stays on or before the day the next stage was asked for (that case's received day). */
    private Optional<LocalDate> nextStageAskedOn(long caseId) {
        return handling.findById(caseId).filter(CaseHandling::movedOn)
                .flatMap(h -> cases.findById(h.linkedCaseId())).map(SubmittedCase::receivedOn);
    }

    /** A correction's date has the checks of the outcome it corrects. */
    private CaseActions corrected(long caseId) {
        return triage.find(caseId).map(t -> OutcomeCorrections.recordedBy(t.queue())).orElse(CaseActions.RESPONSE);
    }

    private record Floor(LocalDate on, String what) {
    }

    private Optional<Floor> floor(CaseActions action, long caseId) {
        Optional<StageRecords.Panel> panel = panels.findById(caseId);
        return switch (action) {
            case RESPONSE, ADJUDICATE, MEETING, WITHDRAW -> cases.findById(caseId).map(SubmittedCase::receivedOn)
                    .map(on -> new Floor(on, action == CaseActions.RESPONSE || action == CaseActions.WITHDRAW ? "received" : "requested"));
            case REPORT, CORRECT_REPORT -> panel.map(StageRecords.Panel::meetingOn).map(on -> new Floor(on, "meeting"));
            case COUNCIL_RESPONSE -> panel.map(StageRecords.Panel::reportOn).map(on -> new Floor(on, "report"));
            case ESCALATE -> handling.findById(caseId).map(CaseHandling::respondedOn).map(on -> new Floor(on, "response"));
            case RESUME -> pauses.findOpen(caseId).map(StageRecords.Pause::pausedOn).map(on -> new Floor(on, "paused"));
            default -> Optional.empty();
        };
    }
}
