package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.triage.Queue;

import java.util.List;
import java.util.Optional;

/**
 * The one place {@link ActionRules} is asked: for the buttons of the case page, and for a post, under the case's row
 * lock in the transaction that then does the action (so two posts of one outcome cannot both pass).
 */
@Singleton
public class ActionGuard {
    private final CaseState.Loader loader;
    private final StageRepositories.Investigations investigations;
    private final StageRepositories.Panels panels;
    private final StageRepositories.Pauses pauses;

    ActionGuard(CaseState.Loader loader, StageRepositories.Investigations investigations, StageRepositories.Panels panels,
                StageRepositories.Pauses pauses) {
        this.loader = loader;
        this.investigations = investigations;
        this.panels = panels;
        this.pauses = pauses;
    }

    /** Must run in the page's transaction. */
    public List<CaseActions> offered(long caseId, CaseStatus status, Queue queue, CaseHandling handling, StaffActor viewer) {
        return ActionRules.offered(facts(caseId, status, queue, handling, viewer));
    }

    /** Locks the case, refuses the action when it does not apply, else does it, all in one transaction. */
    @Transactional
    public void run(long caseId, StaffActor by, CaseActions action, Runnable step) {
        CaseState s = loader.lock(caseId);
        Optional<String> refusal = ActionRules.refusal(action, facts(caseId, s.status(), s.triage().queue(), s.handling(), by));
        if (refusal.isPresent()) {
            throw new CaseworkRefused(refusal.get());
        }
        step.run();
    }

    private CaseFacts facts(long caseId, CaseStatus status, Queue queue, CaseHandling handling, StaffActor by) {
        return new CaseFacts(status, queue, handling, investigations.findById(caseId).orElse(null),
                panels.findById(caseId).orElse(null), pauses.findOpen(caseId).isPresent(), by.is(StaffRole.MANAGER));
    }
}
