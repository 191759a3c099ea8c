package uk.council.complaints.casework.action;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 21: every record action is declared with what it records, and found from its path as the case page links it. */
class RecordStepsTest {

    @Test
    void everyRecordActionHasAStep() {
        // The table's lambdas only hold the services; none is called here.
        RecordSteps steps = new RecordSteps(null, null, null);
        for (RecordAction action : RecordAction.values()) {
            assertTrue(steps.step(action).isPresent(), action + " has no step");
        }
    }

    @Test
    void aPathBelowTheCaseNamesItsActionAndRow() {
        // The routes the case page links to and the tests post to, written out by hand.
        assertEquals(row(RecordAction.OMBUDSMAN_ADD, 0), RecordAction.of("ombudsman/add"));
        assertEquals(row(RecordAction.OMBUDSMAN_DECISION, 12), RecordAction.of("ombudsman/12/decision"));
        assertEquals(row(RecordAction.OMBUDSMAN_CORRECT, 7), RecordAction.of("ombudsman/7/correct"));
        assertEquals(row(RecordAction.RECOMMENDATION, 3), RecordAction.of("ombudsman/3/recommendation"));
        assertEquals(row(RecordAction.COMPLIED, 999999999), RecordAction.of("ombudsman/recommendations/999999999/complied"));
        assertEquals(row(RecordAction.LEARNING_ADD, 0), RecordAction.of("learning/add"));
        assertEquals(row(RecordAction.LEARNING_DONE, 5), RecordAction.of("learning/5/done"));
    }

    @Test
    void anyOtherPathNamesNone() {
        for (String path : new String[]{"ombudsman", "ombudsman/", "ombudsman/add/", "ombudsman/x/decision", "ombudsman/12/decision/2",
                "ombudsman/-1/decision", "learning/5/undone", "ombudsmanadd", "ombudsman/12345678901234567890/decision",
                "ombudsman/recommendations/add", "learning/add/ombudsman/add", "escalate"}) {
            assertEquals(Optional.empty(), RecordAction.of(path), path);
        }
    }

    @Test
    void eachActionsPathIsReadBackAsItself() {
        for (RecordAction action : RecordAction.values()) {
            long id = action.path(41).equals(action.path(42)) ? 0 : 42;
            assertEquals(row(action, id), RecordAction.of(action.path(42)), action.name());
        }
    }

    private static Optional<RecordAction.Row> row(RecordAction action, long id) {
        return Optional.of(new RecordAction.Row(action, id));
    }
}
