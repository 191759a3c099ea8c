package uk.council.complaints.importing;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.casework.action.HistoricSteps;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import static uk.council.complaints.importing.RegisterColumns.STAGE1;
import static uk.council.complaints.importing.RegisterColumns.STAGE2;
import static uk.council.complaints.importing.RegisterColumns.STAGE3;

/**
 * A register row's steps after intake (issue 25), in the order they happened: the out-of-time decision, Stage 1's
 * response, a call, the Stage 2 request with its people and adjudication, the Stage 3 request with its panel, meeting,
 * report and the council's response, then the withdrawal or the closure. Each goes through the case page's own checks
 * and guards ({@link HistoricSteps}); a step's problems are reported under the template's column for its answer.
 */
@Singleton
class RowSteps {
    private final HistoricSteps steps;
    private final Messages msg;

    RowSteps(HistoricSteps steps, Messages msg) {
        this.steps = steps;
        this.msg = msg;
    }

    /**
     * The steps of the row whose first case is {@code caseId}, recorded by {@code by}; {@code made} is told each later
     * stage's case.
     */
    List<RegisterProblem> after(RegisterRow row, StaffActor by, long caseId, LongConsumer made) {
        List<RegisterProblem> problems = new ArrayList<>();
        long last = caseId;
        if (row.has(RegisterColumns.OUT_OF_TIME + "Decision")) {
            step(row, RegisterColumns.OUT_OF_TIME, "Decision", problems, steps.step(last, by, CaseActions.OUT_OF_TIME,
                    form(row, RegisterColumns.OUT_OF_TIME, List.of("Decision", "Reason"), List.of(), problems)));
        }
        outcome(row, STAGE1, last, by, problems);
        if (row.has(RegisterColumns.CALL_OUTCOME)) {
            step(row, RegisterColumns.CALL_OUTCOME, "", problems, steps.step(last, by, CaseActions.RECORD_CALL,
                    Map.of("outcome", List.of(row.get(RegisterColumns.CALL_OUTCOME)))));
        }
        if (problems.isEmpty() && row.has(STAGE2 + "RequestedOn")) {
            Long stage2 = escalate(row, STAGE2, last, by, problems, made);
            if (stage2 != null) {
                last = stage2;
                if (row.has(STAGE2 + "InvestigatingOfficer")) {
                    step(row, STAGE2, "InvestigatingOfficer", problems, steps.step(last, by, CaseActions.INVESTIGATORS,
                            form(row, STAGE2, RegisterColumns.INVESTIGATORS, List.of(), problems)));
                }
                outcome(row, STAGE2, last, by, problems);
            }
        }
        if (row.has(STAGE3 + "RequestedOn") && !row.has(STAGE2 + "RequestedOn")) {
            problems.add(new RegisterProblem(row.number(), STAGE3 + "RequestedOn", msg.get("import.error.stage3.afterStage2")));
        } else if (problems.isEmpty() && row.has(STAGE3 + "RequestedOn")) {
            Long stage3 = escalate(row, STAGE3, last, by, problems, made);
            if (stage3 != null) {
                last = stage3;
                panel(row, last, by, problems);
                outcome(row, STAGE3, last, by, problems);
            }
        }
        if (problems.isEmpty() && row.has(RegisterColumns.WITHDRAWN_ON)) {
            step(row, RegisterColumns.WITHDRAWN_ON, "", problems, steps.step(last, by, CaseActions.WITHDRAW,
                    form(row, "", List.of(), List.of(RegisterColumns.WITHDRAWN_ON), problems)));
        } else if (problems.isEmpty() && row.get(RegisterColumns.CLOSED).equalsIgnoreCase("yes")) {
            step(row, RegisterColumns.CLOSED, "", problems, steps.close(last, by));
        }
        return problems;
    }

    /** Stage 3's panel members, meeting and report, each when its columns are filled. */
    private void panel(RegisterRow row, long caseId, StaffActor by, List<RegisterProblem> problems) {
        if (row.has(STAGE3 + "Chair") || row.has(STAGE3 + "MemberTwo") || row.has(STAGE3 + "MemberThree")) {
            step(row, STAGE3, "Chair", problems, steps.step(caseId, by, CaseActions.PANEL,
                    form(row, STAGE3, List.of("Chair", "MemberTwo", "MemberThree"), List.of(), problems)));
        }
        if (problems.isEmpty() && row.has(STAGE3 + "MeetingOn")) {
            step(row, STAGE3, "MeetingOn", problems, steps.step(caseId, by, CaseActions.MEETING,
                    form(row, STAGE3, List.of(), List.of("MeetingOn"), problems)));
        }
        if (problems.isEmpty() && row.has(STAGE3 + "ReportOn")) {
            step(row, STAGE3, "ReportOn", problems, steps.step(caseId, by, CaseActions.REPORT,
                    form(row, STAGE3, List.of(), List.of("ReportOn"), problems)));
        }
    }

    /** The request for the next stage: the new stage's case, or null when it was refused. */
    private @Nullable Long escalate(RegisterRow row, String stage, long caseId, StaffActor by, List<RegisterProblem> problems,
                                    LongConsumer made) {
        Map<String, List<String>> request = form(row, stage, List.of("RequestVia", "Reason", "WantNow"), List.of("RequestedOn"),
                problems);
        HistoricSteps.Done escalated = steps.escalate(caseId, by, request);
        step(row, stage, "RequestedOn", problems, escalated.problems());
        if (escalated.made() != null) {
            made.accept(escalated.made());
        }
        return escalated.made();
    }

    /** A stage's outcome (its response, adjudication or council response) when any of its columns is filled. */
    private void outcome(RegisterRow row, String stage, long caseId, StaffActor by, List<RegisterProblem> problems) {
        if (!problems.isEmpty() || RegisterColumns.OUTCOME.stream().noneMatch(c -> row.has(stage + c))) {
            return;
        }
        if (!row.has(stage + "RespondedOn")) {
            problems.add(new RegisterProblem(row.number(), stage + "RespondedOn", msg.get("import.error.date.missing")));
        }
        Map<String, List<String>> form = form(row, stage, List.of("Finding"), List.of("RespondedOn"), problems);
        form.put("methods", row.list(stage + "Methods"));
        form.put("outcomes", row.list(stage + "Outcomes"));
        List<String> findings = row.list(stage + "IssueFindings");
        for (int i = 0; i < findings.size(); i++) {
            form.put("finding-" + (i + 1), List.of(findings.get(i)));
        }
        step(row, stage, "RespondedOn", problems, steps.outcome(caseId, by, form));
    }

    /**
     * The case page's form from the row's cells: each column is the prefix and the form's answer name capitalised
     * ({@code stage3MeetingOn} is {@code meetingOn}); dates in three parts.
     */
    private Map<String, List<String>> form(RegisterRow row, String prefix, List<String> lines, List<String> dates,
                                           List<RegisterProblem> problems) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        lines.forEach(c -> form.put(field(c), List.of(row.get(prefix + c))));
        String unreadable = msg.get("import.error.date.format");
        dates.forEach(c -> row.putDate(prefix + c, field(c), form, problems, unreadable));
        return form;
    }

    /** A step's problems, under the template's columns: a problem of the whole step goes under {@code whole}. */
    private static void step(RegisterRow row, String prefix, String whole, List<RegisterProblem> problems, Map<String, String> found) {
        found.forEach((field, reason) -> problems.add(new RegisterProblem(row.number(), column(prefix, field, whole), reason)));
    }

    /** The template's column for an answer of the case page's form ({@code finding-2} is the issue findings' column). */
    static String column(String prefix, String field, String whole) {
        if (!prefix.startsWith("stage") && !prefix.equals(RegisterColumns.OUT_OF_TIME)) {
            return prefix;
        }
        if (field.equals(HistoricSteps.WHOLE_STEP)) {
            return prefix + whole;
        }
        String name = field.matches("finding-\\d+") ? "issueFindings" : field.replaceFirst("-(day|month|year)$", "");
        return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String field(String column) {
        return Character.toLowerCase(column.charAt(0)) + column.substring(1);
    }
}
