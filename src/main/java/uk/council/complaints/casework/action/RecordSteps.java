package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import uk.council.complaints.casework.record.CaseRecordWork;
import uk.council.complaints.casework.record.OmbudsmanCorrection;
import uk.council.complaints.casework.record.OmbudsmanWork;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each action about the record (the Ombudsman, learning) records once its answers passed their checks and the
 * guard let it through (issue 21): declared once here, as {@link ActionSteps} declares the case's actions. Its
 * questions are {@link RecordForms}, when it applies is {@link RecordRules}.
 */
@Singleton
class RecordSteps {
    /** What an action records about its row {@code id} of the case (0 for the actions that add a row). */
    interface Step {
        void run(long caseId, long id, StaffActor by, StaffForm form);
    }

    private final Map<RecordAction, Step> steps = new EnumMap<>(RecordAction.class);

    RecordSteps(OmbudsmanWork ombudsman, OmbudsmanCorrection correction, CaseRecordWork record) {
        steps.put(RecordAction.OMBUDSMAN_ADD, (caseId, id, by, f) -> ombudsman.add(caseId, by, f.get("lgscoReference"),
                RecordForms.date(f, "receivedOn")));
        steps.put(RecordAction.OMBUDSMAN_DECISION, (caseId, id, by, f) -> {
            DecisionAnswers d = DecisionAnswers.of(f);
            ombudsman.decide(caseId, id, by, d.decidedOn(), d.decision(), d.fault(), d.remedy(), d.pence());
        });
        steps.put(RecordAction.OMBUDSMAN_CORRECT, (caseId, id, by, f) -> {
            DecisionAnswers d = DecisionAnswers.of(f);
            correction.correct(caseId, id, by, d.decidedOn(), d.decision(), d.fault(), d.remedy(), d.pence(), f.get("reason"));
        });
        steps.put(RecordAction.RECOMMENDATION, (caseId, id, by, f) -> ombudsman.recommend(caseId, id, by,
                f.get("recommendation"), RecordForms.date(f, "dueOn")));
        steps.put(RecordAction.COMPLIED, (caseId, id, by, f) -> ombudsman.complied(caseId, id, by, RecordForms.date(f, "compliedOn")));
        steps.put(RecordAction.LEARNING_ADD, (caseId, id, by, f) -> record.addLearning(caseId, by, f.get("action"),
                f.get("ownerTeam"), RecordForms.date(f, "dueOn")));
        steps.put(RecordAction.LEARNING_DONE, (caseId, id, by, f) -> record.learningDone(caseId, id, by, RecordForms.date(f, "doneOn")));
    }

    /** What the action records; every record action has a step (a test holds the table to that). */
    Optional<Step> step(RecordAction action) {
        return Optional.ofNullable(steps.get(action));
    }
}
