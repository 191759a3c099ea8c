package uk.council.complaints.casework.stage;

import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.casework.core.CaseResolution;
import uk.council.complaints.casework.core.CaseResolutionRepository;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.HistoricRecording;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.DueDates;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.Retriage;
import uk.council.complaints.web.ClockFactory;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case's life with the team: acknowledge, extend, respond, call back, close or refuse. Each action
 * checks the case's state under a row lock, changes it, and records itself on the timeline, in one transaction.
 */
@Singleton
public class Casework {
    private final CaseState.Loader loader;
    private final CaseworkRepository handling;
    private final CaseResolutionRepository resolutions;
    private final CaseTimeline timeline;
    private final Retriage retriage;
    private final DueDates dueDates;
    private final StageRepositories.Issues issues;
    private final StageRepositories.Investigations investigations;
    private final EventText text;
    private final Clock clock;
    private final Rulings rulings;

    Casework(Rulings rulings, CaseState.Loader loader, CaseworkRepository handling, CaseResolutionRepository resolutions,
             CaseTimeline timeline, Retriage retriage, DueDates dueDates, StageRepositories.Issues issues,
             StageRepositories.Investigations investigations, EventText text, Clock clock) {
        this.rulings = rulings;
        this.loader = loader;
        this.handling = handling;
        this.resolutions = resolutions;
        this.timeline = timeline;
        this.retriage = retriage;
        this.dueDates = dueDates;
        this.issues = issues;
        this.investigations = investigations;
        this.text = text;
        this.clock = clock;
    }

    @Transactional
    public void acknowledge(long caseId, StaffActor by) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (!s.status().canMoveTo(CaseStatus.ACKNOWLEDGED)) {
            throw new CaseworkRefused("staff.refused.alreadyAcknowledged");
        }
        handling.update(s.handling().acknowledged(clock.instant()));
        s.moveTo(CaseStatus.ACKNOWLEDGED, handling);
        if (s.triage().queue().answeredFromAcknowledgement()) {
            // The Complaint Handling Code counts the answer from the day it was acknowledged.
            LocalDate due = dueDates.after(ClockFactory.today(clock), s.triage().queue().responseDeadline());
            retriage.moveNextStepDue(caseId, due, text.countedFromAcknowledgement());
        }
        timeline.record(caseId, by.actor(), CaseEventType.ACKNOWLEDGED, null);
    }

    /** How the complaint was answered and what came of it; once a stage (ActionRules refuses a second). */
    @Transactional
    public void recordResponse(long caseId, StaffActor by, LocalDate on, List<String> methods, String finding, List<String> outcomes,
                        Map<Integer, String> issueFindings) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (!Lists.RESPONSE_QUEUES.contains(s.triage().queue())) {
            throw new CaseworkRefused(Lists.COMPLAINT_QUEUES.contains(s.triage().queue())
                    ? "staff.refused.responseByStageAction" : "staff.refused.responseComplaintsOnly");
        }
        if (s.triage().queue() == Queue.CORPORATE_STAGE2) {
            requireNotStage1Handler(caseId, by.actor());
        }
        handling.update(s.handling().responded(on, finding));
        issueFindings.forEach((position, f) -> issues.setFinding(caseId, position, f));
        resolutions.deleteForCase(caseId);
        resolutions.saveAll(methods.stream().map(m -> CaseResolution.of(caseId, CaseResolution.METHOD, m)).toList());
        resolutions.saveAll(outcomes.stream().map(o -> CaseResolution.of(caseId, CaseResolution.OUTCOME, o)).toList());
        timeline.record(caseId, by.actor(), CaseEventType.RESPONDED, text.responded(methods, finding, outcomes));
    }

    @Transactional
    public void recordCall(long caseId, StaffActor by, String outcome) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (s.triage().queue() != Queue.CALLBACK) {
            throw new CaseworkRefused("staff.refused.callCallbacksOnly");
        }
        handling.update(s.handling().called(clock.instant(), outcome));
        timeline.record(caseId, by.actor(), CaseEventType.CALLED, outcome);
    }

    @Transactional
    public void close(long caseId, StaffActor by) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (Lists.COMPLAINT_QUEUES.contains(s.triage().queue()) && s.handling().respondedOn() == null) {
            throw new CaseworkRefused("staff.refused.closeNeedsResponse");
        }
        if (s.triage().queue() == Queue.CALLBACK && s.handling().callMadeAt() == null) {
            throw new CaseworkRefused("staff.refused.closeNeedsCall");
        }
        handling.update(s.handling().closed(clock.instant()));
        rulings.endPause(caseId);
        s.moveTo(CaseStatus.CLOSED, handling);
        timeline.record(caseId, by.actor(), CaseEventType.CLOSED, null);
    }

    /** The person withdrew the complaint on {@code on}: closed, counted as withdrawn, with no closure email. */
    @Transactional
    public void withdraw(long caseId, StaffActor by, LocalDate on) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        handling.update(s.handling().withdrawn(on, clock.instant()));
        rulings.endPause(caseId);
        s.moveTo(CaseStatus.CLOSED, handling);
        timeline.record(caseId, by.actor(), CaseEventType.WITHDRAWN, text.withdrawn(on));
    }

    @Transactional
    public void refuse(long caseId, StaffActor by, String reason, String details) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        handling.update(s.handling().refused(clock.instant(), reason, details.isEmpty() ? null : details));
        rulings.endPause(caseId);
        s.moveTo(CaseStatus.REFUSED, handling);
        timeline.record(caseId, by.actor(), CaseEventType.REFUSED, text.refused(reason, details));
    }

    /**
     * Corporate Stage 2 is answered by someone who did not handle Stage 1 (the Complaint Handling Code). Not judged
     * for history being imported: a register does not say who answered each stage, and one manager records both.
     */
    void requireNotStage1Handler(long caseId, String actor) {
        if (HistoricRecording.active()) {
            return;
        }
        investigations.findById(caseId).map(StageRecords.Investigation::stage1Handler)
                .filter(actor::equals).ifPresent(h -> {
                    throw new CaseworkRefused("staff.refused.sameAsStage1Handler");
                });
    }
}
