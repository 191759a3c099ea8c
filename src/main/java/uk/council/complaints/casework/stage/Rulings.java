package uk.council.complaints.casework.stage;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.store.Retriage;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Decisions with reasons (DESIGN section 7): out of time (reg 9; not accepted ends the case as refused) and
 * court or police proceedings (reg 8; paused stops the clock until it is resumed, and every date still to come
 * moves on by the working days it stood still).
 */
@Singleton
public class Rulings {
    static final String OUT_OF_TIME = "out-of-time";
    static final String PROCEEDINGS = "proceedings";
    static final String LATE_REQUEST = "late-request";
    private final CaseState.Loader loader;
    private final CaseworkRepository handling;
    private final StageRepositories.Decisions decisions;
    private final StageRepositories.Pauses pauses;
    private final StageRepositories.Panels panels;
    private final StageRules rules;
    private final Retriage retriage;
    private final CaseTimeline timeline;
    private final EventText text;
    private final Clock clock;

    Rulings(CaseState.Loader loader, CaseworkRepository handling, StageRepositories.Decisions decisions,
            StageRepositories.Pauses pauses, StageRepositories.Panels panels, StageRules rules, Retriage retriage,
            CaseTimeline timeline, EventText text, Clock clock) {
        this.loader = loader;
        this.handling = handling;
        this.decisions = decisions;
        this.pauses = pauses;
        this.panels = panels;
        this.rules = rules;
        this.retriage = retriage;
        this.timeline = timeline;
        this.text = text;
        this.clock = clock;
    }

    @Transactional
    public void outOfTime(long caseId, StaffActor by, String decision, String reason) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        record(caseId, by, OUT_OF_TIME, decision, reason);
        if (decision.equals("not-accepted")) {
            handling.update(s.handling().refused(clock.instant(), OUT_OF_TIME, reason));
            endPause(caseId);
            s.moveTo(CaseStatus.REFUSED, handling);
            timeline.record(caseId, by.actor(), CaseEventType.REFUSED, text.refused(OUT_OF_TIME, reason));
        }
    }

    @Transactional
    public void proceedings(long caseId, StaffActor by, String decision, String reason) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        boolean pause = decision.equals("paused");
        if (pause && pauses.findOpen(caseId).isPresent()) {
            throw new CaseworkRefused("staff.refused.alreadyPaused");
        }
        if (pause) {
            pauses.save(new StageRecords.Pause(null, caseId, ClockFactory.today(clock), null, reason));
        }
        record(caseId, by, PROCEEDINGS, decision, reason);
    }

    @Transactional
    public void resume(long caseId, StaffActor by, LocalDate resumedOn) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        StageRecords.Pause pause = pauses.findOpen(caseId).orElseThrow(() -> new CaseworkRefused("staff.refused.notPaused"));
        if (resumedOn.isBefore(pause.pausedOn())) {
            throw new CaseworkRefused("staff.refused.resumedBeforePaused");
        }
        pauses.update(new StageRecords.Pause(pause.id(), caseId, pause.pausedOn(), resumedOn, pause.reason()));
        int days = rules.pausedDays(pause.pausedOn(), resumedOn);
        panels.findById(caseId).ifPresent(p -> panels.update(p.dueDates(
                p.meetingOn() == null ? rules.moveOn(p.meetingDue(), days) : p.meetingDue(),
                p.reportOn() == null ? rules.moveOn(p.reportDue(), days) : p.reportDue(),
                p.councilResponseOn() == null ? rules.moveOn(p.councilResponseDue(), days) : p.councilResponseDue())));
        LocalDate due = rules.moveOn(s.triage().responseDue(), days);
        String detail = text.resumed(pause.pausedOn(), resumedOn, days, due);
        if (due != null) {
            retriage.moveNextStepDue(caseId, due, detail);
        }
        timeline.record(caseId, by.actor(), CaseEventType.RESUMED, detail);
    }

    /** A case that ends (refused, closed) is no longer paused: its open pause ends today (issue 21). */
    void endPause(long caseId) {
        pauses.findOpen(caseId).ifPresent(p -> pauses.update(new StageRecords.Pause(p.id(), caseId, p.pausedOn(),
                ClockFactory.today(clock), p.reason())));
    }

    /** Saved with who decided and when, and put on the timeline (also used for a late request accepted). */
    void record(long caseId, StaffActor by, String kind, String decision, String reason) {
        decisions.save(new StageRecords.Decision(null, caseId, kind, decision, reason, clock.instant(), by.actor()));
        CaseEventType type = kind.equals(PROCEEDINGS) && decision.equals("paused") ? CaseEventType.PAUSED
                : CaseEventType.DECISION;
        timeline.record(caseId, by.actor(), type, text.decision(kind, decision, reason));
    }
}
