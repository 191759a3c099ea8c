package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.stage.CaseIssues;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.triage.Queue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one guard of every action on a case (issue 21): {@link ActionRules} for the actions of the case, {@link RecordRules}
 * for those about a row of its record (an Ombudsman case, a recommendation, a learning action). The same answer offers
 * the case page's button or link and lets a post through, under the case's row lock in the transaction that then does
 * the action (so two posts of one outcome cannot both pass); a post of an action not offered is refused (409).
 */
@Singleton
public class ActionGuard {
    private final CaseState.Loader loader;
    private final StageRepositories.Investigations investigations;
    private final StageRepositories.Panels panels;
    private final StageRepositories.Pauses pauses;
    private final RecordRules records;
    private final CaseIssues issues;

    ActionGuard(CaseState.Loader loader, StageRepositories.Investigations investigations, StageRepositories.Panels panels,
                StageRepositories.Pauses pauses, RecordRules records, CaseIssues issues) {
        this.issues = issues;
        this.records = records;
        this.loader = loader;
        this.investigations = investigations;
        this.panels = panels;
        this.pauses = pauses;
    }

    /** Must run in the page's transaction. */
    public List<CaseActions> offered(SubmittedCase c, Queue queue, CaseHandling handling, StaffActor viewer) {
        return ActionRules.offered(facts(c, queue, handling, viewer));
    }

    /** Locks the case, refuses the action when it does not apply, else does it, all in one transaction. */
    @Transactional
    public void run(long caseId, StaffActor by, CaseActions action, Runnable step) {
        guarded(caseId, s -> ActionRules.refusal(action, facts(s.submitted(), s.triage().queue(), s.handling(), by)), step);
    }

    /** Must run in the page's transaction: whether the record's action applies to its row {@code id} of this case. */
    public boolean applies(RecordAction action, long caseId, Queue queue, long id) {
        return records.refusal(action, caseId, queue, id).isEmpty();
    }

    /** Locks the case, refuses the record's action when it does not apply, else does it, all in one transaction. */
    @Transactional
    public void run(long caseId, RecordAction action, long id, Runnable step) {
        guarded(caseId, s -> records.refusal(action, caseId, s.triage().queue(), id), step);
    }

    /** Under the case's row lock, so that two posts of one outcome cannot both pass. */
    private void guarded(long caseId, Function<CaseState, Optional<String>> refusal, Runnable step) {
        refusal.apply(loader.lock(caseId)).ifPresent(key -> {
            throw new CaseworkRefused(key);
        });
        step.run();
    }

    private CaseFacts facts(SubmittedCase c, Queue queue, CaseHandling handling, StaffActor by) {
        long caseId = c.id();
        return new CaseFacts(c.status(), queue, handling, investigations.findById(caseId).orElse(null),
                panels.findById(caseId).orElse(null), pauses.findOpen(caseId).isPresent(), by.is(StaffRole.MANAGER),
                c.kind() == SubmissionKind.ENQUIRY, !issues.offList(caseId, queue.procedure()).isEmpty());
    }
}
