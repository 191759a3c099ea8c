package uk.council.complaints.casework.action;

import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;

import java.util.List;
import java.util.Map;

/**
 * One action's page, of either family (issue 21): an action of the case ({@link ActionSteps}) or one about a row of
 * its record ({@link RecordSteps}). The one controller shows it and the one {@link ActionRunner} answers its post
 * through these, so both families are checked, guarded, done and refused alike; {@link ActionPaths} makes them.
 */
interface ActionPage {
    /** Where it is below the case: a case action's slug, a record action's path with its row. */
    String path();

    /** The code the case page's banner says was done. */
    String done();

    /** Its words: {@code <key>.title}, {@code .intro} and {@code .button}. */
    String wordsKey(long caseId);

    /** The answers its blank page starts from; "not found" when it is about a row that is not on this case. */
    Map<String, List<String>> prefill(long caseId);

    List<FieldView> fields(long caseId, StaffForm form, Map<String, String> errors);

    /** What is wrong with the answers, field by field; empty when they can be acted on. */
    Map<String, String> check(long caseId, StaffForm form);

    /** Under the case's row lock: refused ({@code CaseworkRefused}) when it does not apply, else recorded. */
    void run(long caseId, StaffActor by, StaffForm form);
}
