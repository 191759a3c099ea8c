package uk.council.complaints.casework.stage;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseResolution;
import uk.council.complaints.casework.core.CaseResolutionRepository;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.Queue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Stage 2's people and the outcome of Stages 2 and 3 (DESIGN section 7): the investigating officer and the
 * independent person, the adjudication, and the council's response to the review panel, each with a finding per issue.
 */
@Singleton
public class StageTwo {
    private final CaseState.Loader loader;
    private final CaseworkRepository handling;
    private final CaseResolutionRepository resolutions;
    private final StageRepositories.Investigations investigations;
    private final StageRepositories.Panels panels;
    private final StageRepositories.Issues issues;
    private final CaseTimeline timeline;
    private final EventText text;

    StageTwo(CaseState.Loader loader, CaseworkRepository handling, CaseResolutionRepository resolutions,
             StageRepositories.Investigations investigations, StageRepositories.Panels panels,
             StageRepositories.Issues issues, CaseTimeline timeline, EventText text) {
        this.loader = loader;
        this.handling = handling;
        this.resolutions = resolutions;
        this.investigations = investigations;
        this.panels = panels;
        this.issues = issues;
        this.timeline = timeline;
        this.text = text;
    }

    @Transactional
    public void namePeople(long caseId, StaffActor by, String officer, String independent) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        require(s, Queue.STAGE2, "staff.refused.stage2Only");
        StageRecords.Investigation row = investigation(caseId);
        save(row.named(officer, independent));
        timeline.record(caseId, by.actor(), CaseEventType.STAGE2_PEOPLE, text.stage2People(officer, independent));
    }

    /** The adjudication (Stage 2) or the council's response to the panel (Stage 3). */
    @Transactional
    public void outcome(long caseId, StaffActor by, CaseActions action, LocalDate on, String finding,
                 Map<Integer, String> issueFindings, List<String> outcomes) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        boolean adjudication = action == CaseActions.ADJUDICATE;
        require(s, adjudication ? Queue.STAGE2 : Queue.STAGE3, adjudication ? "staff.refused.stage2Only" : "staff.refused.stage3Only");
        if (adjudication && investigation(caseId).independentPerson() == null) {
            throw new CaseworkRefused("staff.refused.namePeopleFirst");
        }
        StageRecords.Panel panel = panels.findById(caseId).orElse(null);
        if (!adjudication && (panel == null || panel.reportOn() == null)) {
            throw new CaseworkRefused("staff.refused.reportFirst");
        }
        handling.update(s.handling().responded(on, finding));
        resolutions.deleteForCase(caseId);
        resolutions.saveAll(outcomes.stream().map(o -> CaseResolution.of(caseId, CaseResolution.OUTCOME, o)).toList());
        issueFindings.forEach((position, f) -> issues.setFinding(caseId, position, f));
        if (adjudication) {
            save(investigation(caseId).adjudicated(on, by.actor()));
        } else {
            panels.update(panel.responded(on));
        }
        timeline.record(caseId, by.actor(), adjudication ? CaseEventType.ADJUDICATED : CaseEventType.COUNCIL_RESPONDED,
                text.outcome(on, finding, outcomes));
    }

    static void require(CaseState s, Queue queue, String refusal) {
        if (s.triage().queue() != queue) {
            throw new CaseworkRefused(refusal);
        }
    }

    private StageRecords.Investigation investigation(long caseId) {
        return investigations.findById(caseId).orElse(StageRecords.Investigation.none(caseId));
    }

    private void save(StageRecords.Investigation row) {
        if (investigations.existsById(row.caseId())) {
            investigations.update(row);
        } else {
            investigations.save(row);
        }
    }
}
