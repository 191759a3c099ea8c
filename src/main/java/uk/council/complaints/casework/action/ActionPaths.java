package uk.council.complaints.casework.action;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.record.CaseRecordRepositories;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.staff.StaffRole;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which action a path below a case names, as its page (issue 21): a case action's slug ({@link CaseActions}) or a
 * record action's path with its row ({@link RecordAction}); each family's questions, checks, guard and step joined.
 */
@Singleton
class ActionPaths {
    private final ActionPages pages;
    private final ActionSteps steps;
    private final RecordForms recordForms;
    private final RecordRules recordRules;
    private final RecordSteps recordSteps;
    private final CaseRecordRepositories.Ombudsman ombudsman;
    private final ActionGuard guard;

    ActionPaths(ActionPages pages, ActionSteps steps, RecordForms recordForms, RecordRules recordRules,
                RecordSteps recordSteps, CaseRecordRepositories.Ombudsman ombudsman, ActionGuard guard) {
        this.pages = pages;
        this.steps = steps;
        this.recordForms = recordForms;
        this.recordRules = recordRules;
        this.recordSteps = recordSteps;
        this.ombudsman = ombudsman;
        this.guard = guard;
    }

    /** The page at {@code below} for this person; "not found" for any other path, "forbidden" for a managers' action to others. */
    ActionPage page(Authentication auth, String below) {
        RecordAction.Row row = RecordAction.of(below).orElse(null);
        if (row != null) {
            return new RecordActionPage(row.action(), row.id(), recordSteps.step(row.action()).orElseThrow());
        }
        CaseActions action = Arrays.stream(CaseActions.values()).filter(a -> a.slug().equals(below) && !a.postOnly())
                .filter(a -> steps.step(a).isPresent()).findFirst().orElseThrow(StaffPageException::notFound);
        if (action.managersOnly() && !StaffActor.of(auth).is(StaffRole.MANAGER)) {
            throw new AuthorizationException(auth);
        }
        return new CaseActionPage(action, steps.step(action).orElseThrow());
    }

    /** An action of the case: its questions {@link ActionForms}, its guard {@link ActionRules}, its step {@link ActionSteps}. */
    private final class CaseActionPage implements ActionPage {
        private final CaseActions action;
        private final ActionRunner.Step step;

        CaseActionPage(CaseActions action, ActionRunner.Step step) {
            this.action = action;
            this.step = step;
        }

        @Override
        public String path() {
            return action.slug();
        }

        @Override
        public String done() {
            return action.slug();
        }

        @Override
        public String wordsKey(long caseId) {
            return pages.wordsKey(action, caseId);
        }

        @Override
        public Map<String, List<String>> prefill(long caseId) {
            return pages.prefill(caseId, action);
        }

        @Override
        public List<FieldView> fields(long caseId, StaffForm form, Map<String, String> errors) {
            return pages.fields(action, caseId, form, errors);
        }

        @Override
        public Map<String, String> check(long caseId, StaffForm form) {
            return pages.check(action, form, caseId);
        }

        @Override
        public void run(long caseId, StaffActor by, StaffForm form) {
            guard.run(caseId, by, action, () -> step.run(caseId, by, form));
        }
    }

    /** An action about the row {@code id} of the record: {@link RecordForms}, {@link RecordRules}, {@link RecordSteps}. */
    private final class RecordActionPage implements ActionPage {
        private final RecordAction action;
        private final long id;
        private final RecordSteps.Step step;

        RecordActionPage(RecordAction action, long id, RecordSteps.Step step) {
            this.action = action;
            this.id = id;
            this.step = step;
        }

        @Override
        public String path() {
            return action.path(id);
        }

        @Override
        public String done() {
            return action.code();
        }

        @Override
        public String wordsKey(long caseId) {
            return "staff.record." + action.code();
        }

        /** A correction's page starts from the decision as recorded. */
        @Override
        public Map<String, List<String>> prefill(long caseId) {
            if (!recordRules.onCase(action, caseId, id)) {
                throw StaffPageException.notFound();
            }
            return action != RecordAction.OMBUDSMAN_CORRECT ? Map.of()
                    : ombudsman.findById(id).map(DecisionAnswers::recorded).orElse(Map.of());
        }

        @Override
        public List<FieldView> fields(long caseId, StaffForm form, Map<String, String> errors) {
            return recordForms.fields(action, form, errors);
        }

        @Override
        public Map<String, String> check(long caseId, StaffForm form) {
            return recordForms.check(action, form);
        }

        @Override
        public void run(long caseId, StaffActor by, StaffForm form) {
            guard.run(caseId, action, id, () -> step.run(caseId, id, by, form));
        }
    }
}
