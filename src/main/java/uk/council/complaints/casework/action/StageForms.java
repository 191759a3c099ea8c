package uk.council.complaints.casework.action;

import uk.council.complaints.cases.Procedure;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The questions of the statutory lifecycle's action pages (issue 10): Stage 2, the Stage 3 panel, decisions. */
final class StageForms {
    /** Each issue's finding is asked as {@code finding-<position>}. */
    static final String ISSUE_FINDING = "finding-";
    private static final int NAME = 100;
    private static final int REASON = 2000;

    private StageForms() {
    }

    static List<FieldView> fields(ActionForms f, CaseActions action, StaffForm form, Map<String, String> errors,
                                   List<StageRecords.Issue> issues, Procedure procedure) {
        return switch (action) {
            case INVESTIGATORS -> List.of(f.line("investigatingOfficer", action, NAME, form, errors),
                    f.line("independentPerson", action, NAME, form, errors));
            case ADJUDICATE, COUNCIL_RESPONSE -> join(List.of(f.date("respondedOn", action, form, errors),
                    f.choices(action, "finding", false, StaffChoices.FINDING, form, errors)),
                    issueFindings(f, issues, form, errors),
                    List.of(f.choices(action, "outcomes", true, StaffChoices.ACTUAL_OUTCOME, form, errors)));
            case CORRECT_OUTCOME -> join(List.of(f.date("respondedOn", action, form, errors),
                    f.choices(action, "finding", false, StaffChoices.FINDING, form, errors)),
                    issueFindings(f, issues, form, errors), List.of(f.text("reason", action, REASON, form, errors)));
            case CORRECT_DETAILS -> List.of(f.choices(action, "service", false, StaffChoices.SERVICE, form, errors),
                    f.choices(action, "outcomesSought", true, StaffChoices.OUTCOME_SOUGHT, form, errors));
            case CORRECT_ISSUE -> List.of(f.issue(action, issues, form, errors), f.nature(action, procedure, form, errors),
                    f.text("reason", action, REASON, form, errors));
            case PANEL -> List.of(f.line("chair", action, NAME, form, errors),
                    f.line("memberTwo", action, NAME, form, errors), f.line("memberThree", action, NAME, form, errors));
            case MEETING -> List.of(f.date("meetingOn", action, form, errors));
            case REPORT -> List.of(f.date("reportOn", action, form, errors));
            case CORRECT_REPORT -> List.of(f.date("reportOn", action, form, errors), f.text("reason", action, REASON, form, errors));
            case OUT_OF_TIME -> List.of(f.choices(action, "decision", false, StaffChoices.OUT_OF_TIME_DECISION, form, errors),
                    f.text("reason", action, REASON, form, errors));
            case PROCEEDINGS -> List.of(f.choices(action, "decision", false, StaffChoices.PROCEEDINGS_DECISION, form, errors),
                    f.text("reason", action, REASON, form, errors));
            case RESUME -> List.of(f.date("resumedOn", action, form, errors));
            default -> List.of();
        };
    }

    /**
     * One question per issue of the complaint: this stage's finding on it, posted as {@code finding-<position>} but
     * with ids of its own ({@code issue-<position>-finding}, {@code issue-<position>-finding-2} ...): the overall
     * finding's items are {@code finding}, {@code finding-2} ..., and an id twice ticks the wrong radio.
     */
    static List<FieldView> issueFindings(ActionForms f, List<StageRecords.Issue> issues, StaffForm form,
                                          Map<String, String> errors) {
        return issues.stream().map(i -> f.choices(ISSUE_FINDING + i.position(), f.issueLabel(i), false,
                StaffChoices.ISSUE_FINDING, form, errors).withId("issue-" + i.position() + "-finding")).toList();
    }

    /** The findings answered, by the issue's position. */
    static Map<Integer, String> findings(StaffForm form, List<StageRecords.Issue> issues) {
        Map<Integer, String> found = new HashMap<>();
        issues.forEach(i -> found.put(i.position(), form.get(ISSUE_FINDING + i.position())));
        return found;
    }

    /** The date answered in the parts of a date question; empty when not given. */
    static Optional<LocalDate> dateOf(StaffForm form, String name) {
        return FieldChecks.parseDate(form.get(name + "-day"), form.get(name + "-month"), form.get(name + "-year"));
    }

    /** Rules across two answers: message keys by the field they belong to. */
    static Map<String, String> crossChecks(CaseActions action, StaffForm form) {
        List<String> sought = form.all("outcomesSought");
        if (sought.size() > 1 && sought.contains(uk.council.complaints.cases.CaseCodes.NOT_SPECIFIED)) {
            return Map.of("outcomesSought", "staff.form.error.notSpecifiedAlone");
        }
        if (action == CaseActions.ESCALATE && !form.all("acceptLate").isEmpty() && form.get("lateReason").isEmpty()) {
            return Map.of("lateReason", "staff.form.error.enter.lateReason");
        }
        return Map.of();
    }

    @SafeVarargs
    static List<FieldView> join(List<FieldView>... parts) {
        List<FieldView> all = new ArrayList<>();
        for (List<FieldView> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
