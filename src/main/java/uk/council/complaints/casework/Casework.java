package uk.council.complaints.casework;

import uk.council.complaints.cases.CaseStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.Retriage;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's life with the team: acknowledge, extend, respond, call back, close or refuse. Each action
 * checks the case's state under a row lock, changes it, and records itself on the timeline, in one transaction.
 */
@Singleton
class Casework {
    private final CaseState.Loader loader;
    private final CaseworkRepository handling;
    private final CaseResolutionRepository resolutions;
    private final CaseTimeline timeline;
    private final Retriage retriage;
    private final WorkingDays workingDays;
    private final DeadlineProperties deadlines;
    private final EventText text;
    private final Clock clock;

    Casework(CaseState.Loader loader, CaseworkRepository handling, CaseResolutionRepository resolutions,
             CaseTimeline timeline, Retriage retriage, WorkingDays workingDays, DeadlineProperties deadlines, EventText text, Clock clock) {
        this.loader = loader;
        this.handling = handling;
        this.resolutions = resolutions;
        this.timeline = timeline;
        this.retriage = retriage;
        this.workingDays = workingDays;
        this.deadlines = deadlines;
        this.text = text;
        this.clock = clock;
    }

    @Transactional
    void acknowledge(long caseId, StaffActor by) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (!s.status().canMoveTo(CaseStatus.ACKNOWLEDGED)) {
            throw new CaseworkRefused("staff.refused.alreadyAcknowledged");
        }
        handling.update(s.handling().acknowledged(clock.instant()));
        move(s, CaseStatus.ACKNOWLEDGED);
        timeline.record(caseId, by.actor(), CaseEventType.ACKNOWLEDGED, null);
    }

    /** Stage 1 only, once: from 10 to 20 working days after the complaint was received. */
    @Transactional
    void extend(long caseId, StaffActor by, String reason) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (s.triage().queue() != Queue.STAGE1) {
            throw new CaseworkRefused("staff.refused.extendStage1Only");
        }
        if (s.handling().extendedAt() != null) {
            throw new CaseworkRefused("staff.refused.alreadyExtended");
        }
        LocalDate received = s.submitted().receivedOn();
        LocalDate due = workingDays.addWorkingDays(received, deadlines.workingDaysFor(DeadlineKind.STAGE1_EXTENDED));
        handling.update(s.handling().extended(clock.instant(), reason));
        retriage.moveResponseDue(caseId, due, reason);
        timeline.record(caseId, by.actor(), CaseEventType.EXTENDED, text.extended(due, reason));
    }

    /** How the complaint was answered and what came of it; recorded again, it replaces the earlier record. */
    @Transactional
    void recordResponse(long caseId, StaffActor by, List<String> methods, String finding, List<String> outcomes) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (!Lists.COMPLAINT_QUEUES.contains(s.triage().queue())) {
            throw new CaseworkRefused("staff.refused.responseComplaintsOnly");
        }
        handling.update(s.handling().responded(ClockFactory.today(clock), finding));
        resolutions.deleteForCase(caseId);
        resolutions.saveAll(methods.stream().map(m -> CaseResolution.of(caseId, CaseResolution.METHOD, m)).toList());
        resolutions.saveAll(outcomes.stream().map(o -> CaseResolution.of(caseId, CaseResolution.OUTCOME, o)).toList());
        timeline.record(caseId, by.actor(), CaseEventType.RESPONDED, text.responded(methods, finding, outcomes));
    }

    @Transactional
    void recordCall(long caseId, StaffActor by, String outcome) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (s.triage().queue() != Queue.CALLBACK) {
            throw new CaseworkRefused("staff.refused.callCallbacksOnly");
        }
        handling.update(s.handling().called(clock.instant(), outcome));
        timeline.record(caseId, by.actor(), CaseEventType.CALLED, outcome);
    }

    @Transactional
    void close(long caseId, StaffActor by) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (Lists.COMPLAINT_QUEUES.contains(s.triage().queue()) && s.handling().respondedOn() == null) {
            throw new CaseworkRefused("staff.refused.closeNeedsResponse");
        }
        if (s.triage().queue() == Queue.CALLBACK && s.handling().callMadeAt() == null) {
            throw new CaseworkRefused("staff.refused.closeNeedsCall");
        }
        handling.update(s.handling().closed(clock.instant()));
        move(s, CaseStatus.CLOSED);
        timeline.record(caseId, by.actor(), CaseEventType.CLOSED, null);
    }

    @Transactional
    void refuse(long caseId, StaffActor by, String reason, String details) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        handling.update(s.handling().refused(clock.instant(), reason, details.isEmpty() ? null : details));
        move(s, CaseStatus.REFUSED);
        timeline.record(caseId, by.actor(), CaseEventType.REFUSED, text.refused(reason, details));
    }

    private void move(CaseState s, CaseStatus to) {
        s.moveTo(to, handling);
    }
}
