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
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.Retriage;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Stage 3 review panel (DESIGN section 7): three independent people, one the chair; the meeting, then the
 * report stage3-report working days after it. Each step stores the next one's due date and moves the case's
 * response date to it, before the step goes on the timeline.
 */
@Singleton
public class PanelSteps {
    private final CaseState.Loader loader;
    private final StageRepositories.Panels panels;
    private final StageRepositories.Investigations investigations;
    private final Retriage retriage;
    private final DueDates dueDates;
    private final CaseTimeline timeline;
    private final EventText text;

    PanelSteps(CaseState.Loader loader, StageRepositories.Panels panels, StageRepositories.Investigations investigations,
               Retriage retriage, DueDates dueDates, CaseTimeline timeline, EventText text) {
        this.loader = loader;
        this.panels = panels;
        this.investigations = investigations;
        this.retriage = retriage;
        this.dueDates = dueDates;
        this.timeline = timeline;
        this.text = text;
    }

    @Transactional
    public void members(long caseId, StaffActor by, String chair, String two, String three) {
        StageRecords.Panel panel = panel(caseId);
        List<String> names = Stream.of(chair, two, three).map(PanelSteps::normal).toList();
        if (names.stream().distinct().count() < 3) {
            throw new CaseworkRefused("staff.refused.panelNamesTwice");
        }
        Long stage2 = loader.lock(caseId).handling().linkedCaseId();
        String independent = stage2 == null ? null
                : investigations.findById(stage2).map(StageRecords.Investigation::independentPerson).orElse(null);
        if (independent != null && names.contains(normal(independent))) {
            throw new CaseworkRefused("staff.refused.independentOnPanel");
        }
        panels.update(panel.members(chair, two, three));
        timeline.record(caseId, by.actor(), CaseEventType.PANEL_MEMBERS, text.panel(chair, two, three));
    }

    @Transactional
    public void meeting(long caseId, StaffActor by, LocalDate on) {
        StageRecords.Panel panel = panel(caseId);
        if (panel.chair() == null) {
            throw new CaseworkRefused("staff.refused.panelMembersFirst");
        }
        if (panel.meetingOn() != null) {
            throw new CaseworkRefused("staff.refused.alreadyMet");
        }
        LocalDate reportDue = dueDates.after(on, DeadlineKind.STAGE3_REPORT);
        panels.update(panel.met(on, reportDue));
        String detail = text.panelStep("met", on, reportDue);
        retriage.moveNextStepDue(caseId, reportDue, detail);
        timeline.record(caseId, by.actor(), CaseEventType.PANEL_MET, detail);
    }

    @Transactional
    public void report(long caseId, StaffActor by, LocalDate on) {
        StageRecords.Panel panel = panel(caseId);
        if (panel.meetingOn() == null) {
            throw new CaseworkRefused("staff.refused.meetingFirst");
        }
        if (panel.reportOn() != null) {
            throw new CaseworkRefused("staff.refused.alreadyReported");
        }
        if (on.isBefore(panel.meetingOn())) {
            throw new CaseworkRefused("staff.refused.reportBeforeMeeting");
        }
        LocalDate responseDue = dueDates.after(on, DeadlineKind.STAGE3_COUNCIL_RESPONSE);
        panels.update(panel.reported(on, responseDue));
        String detail = text.panelStep("reported", on, responseDue);
        retriage.moveNextStepDue(caseId, responseDue, detail);
        timeline.record(caseId, by.actor(), CaseEventType.PANEL_REPORTED, detail);
    }

    private StageRecords.Panel panel(long caseId) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        StageTwo.require(s, Queue.STAGE3, "staff.refused.stage3Only");
        return panels.findById(caseId).orElseThrow(() -> new CaseworkRefused("staff.refused.stage3Only"));
    }

    private static String normal(String name) {
        return Objects.requireNonNullElse(name, "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
