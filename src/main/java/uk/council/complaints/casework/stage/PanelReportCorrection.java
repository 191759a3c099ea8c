package uk.council.complaints.casework.stage;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.DueDates;
import uk.council.complaints.triage.store.Retriage;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;

/**
 * "Correct the panel's report" (issue 21): the report's date recorded by mistake put right with a reason, in place
 * (the stage keeps one report); the council's response is then due from the corrected date, and the timeline keeps
 * the old and new dates. Its date is checked as the report's own (after the meeting) and not after the response.
 */
@Singleton
public class PanelReportCorrection {
    private final CaseState.Loader loader;
    private final StageRepositories.Panels panels;
    private final DueDates dueDates;
    private final Retriage retriage;
    private final CaseTimeline timeline;
    private final Messages msg;

    PanelReportCorrection(CaseState.Loader loader, StageRepositories.Panels panels, DueDates dueDates, Retriage retriage,
                          CaseTimeline timeline, Messages msg) {
        this.loader = loader;
        this.panels = panels;
        this.dueDates = dueDates;
        this.retriage = retriage;
        this.timeline = timeline;
        this.msg = msg;
    }

    @Transactional
    public void correct(long caseId, StaffActor by, LocalDate on, String reason) {
        loader.lock(caseId);
        StageRecords.Panel panel = panels.findById(caseId).filter(p -> p.reportOn() != null)
                .orElseThrow(() -> new CaseworkRefused("staff.refused.correctNeedsOutcome"));
        LocalDate responseDue = dueDates.after(on, DeadlineKind.STAGE3_COUNCIL_RESPONSE);
        panels.update(panel.reported(on, responseDue));
        if (panel.councilResponseOn() == null) {
            retriage.moveNextStepDue(caseId, responseDue, msg.get("staff.eventDetail.panel.reported", msg.date(on, "date"),
                    msg.date(responseDue, "date")));
        }
        String what = on.equals(panel.reportOn()) ? msg.get("staff.eventDetail.corrected.nothing")
                : msg.get("staff.eventDetail.corrected.date", msg.date(panel.reportOn(), "date"), msg.date(on, "date"));
        timeline.record(caseId, by.actor(), CaseEventType.OUTCOME_CORRECTED,
                msg.get("staff.eventDetail.corrected", msg.get("staff.action.correct-report.what"), what, reason));
    }
}
