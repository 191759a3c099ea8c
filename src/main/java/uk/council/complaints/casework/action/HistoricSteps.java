package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.stage.Casework;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.Messages;

import java.util.List;
import java.util.Map;

/**
 * A case's earlier steps, recorded when it is imported (issue 25): each goes through the case page's own checks
 * (the action's form and its dates, {@link ActionPages#check}) and guard ({@link ActionGuard}: when the action applies,
 * one outcome per stage), then the same casework as the page. Answers are named as the action's form names them.
 * Runs in the caller's transaction; a refusal comes back as a problem under {@link #WHOLE_STEP}.
 */
@Singleton
public class HistoricSteps {
    /** The key of a problem that is the step's, not one answer's (the step does not apply to the case now). */
    public static final String WHOLE_STEP = "";
    private final ActionPages pages;
    private final ActionGuard guard;
    private final Casework casework;
    private final ActionSteps steps;
    private final CaseworkRepository handling;
    private final TriageService triage;
    private final Messages msg;

    HistoricSteps(ActionPages pages, ActionGuard guard, Casework casework, ActionSteps steps, CaseworkRepository handling,
                  TriageService triage, Messages msg) {
        this.pages = pages;
        this.guard = guard;
        this.casework = casework;
        this.steps = steps;
        this.handling = handling;
        this.triage = triage;
        this.msg = msg;
    }

    /** What a step left: its problems by answer, and the case it made (escalation) or null. */
    public record Done(Map<String, String> problems, @Nullable Long made) {
    }

    /**
     * The stage's outcome: the response (Stage 1, corporate), the adjudication (statutory Stage 2), or the council's
     * response to the panel (Stage 3).
     */
    public Map<String, String> outcome(long caseId, StaffActor by, Map<String, List<String>> answers) {
        Queue queue = triage.find(caseId).map(t -> t.queue()).orElse(Queue.STAGE1);
        return step(caseId, by, queue == Queue.STAGE2 ? CaseActions.ADJUDICATE
                : queue == Queue.STAGE3 ? CaseActions.COUNCIL_RESPONSE : CaseActions.RESPONSE, answers);
    }

    /**
     * Any step the case page records through its own form ({@link ActionSteps}): Stage 2's investigators, Stage 3's
     * panel, meeting and report, the out-of-time decision, a call, a withdrawal.
     */
    public Map<String, String> step(long caseId, StaffActor by, CaseActions action, Map<String, List<String>> answers) {
        return run(caseId, by, action, answers, steps.step(action).orElseThrow());
    }

    /** The request for the next stage, as the case page records it: the new stage's case is the one it links to. */
    public Done escalate(long caseId, StaffActor by, Map<String, List<String>> answers) {
        Map<String, String> problems = step(caseId, by, CaseActions.ESCALATE, answers);
        return new Done(problems, problems.isEmpty() ? handling.findById(caseId).map(CaseHandling::linkedCaseId).orElse(null) : null);
    }

    public Map<String, String> close(long caseId, StaffActor by) {
        return run(caseId, by, CaseActions.CLOSE, Map.of(), (id, who, f) -> casework.close(id, who));
    }

    private Map<String, String> run(long caseId, StaffActor by, CaseActions action, Map<String, List<String>> answers,
                                    ActionRunner.Step step) {
        StaffForm form = new StaffForm(answers);
        Map<String, String> errors = pages.check(action, form, caseId);
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            guard.run(caseId, by, action, () -> step.run(caseId, by, form));
            return Map.of();
        } catch (CaseworkRefused refused) {
            return Map.of(WHOLE_STEP, msg.get(refused.messageKey()));
        }
    }
}
