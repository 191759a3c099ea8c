package uk.council.complaints.importing;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.ImportedCase;
import uk.council.complaints.cases.ImportedCaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.action.HistoricSteps;
import uk.council.complaints.intake.ImportIntake;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.HistoricRecording;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a register: checked as staff intake checks a case ({@link #check}), then stored ({@link #store}) with its
 * steps, each through the case page's own checks and guards ({@link HistoricSteps}), in the caller's transaction.
 */
@Singleton
class RowImport {
    private final ImportIntake intake;
    private final HistoricSteps steps;
    private final CaseRepository cases;
    private final ImportedCaseRepository imported;
    private final Messages msg;
    private final Clock clock;

    RowImport(ImportIntake intake, HistoricSteps steps, CaseRepository cases, ImportedCaseRepository imported, Messages msg,
              Clock clock) {
        this.intake = intake;
        this.steps = steps;
        this.cases = cases;
        this.imported = imported;
        this.msg = msg;
        this.clock = clock;
    }

    /** Who brings the cases in: the timeline's actor, and the staff member (null for an API client). */
    record Importer(StaffActor actor, String route) {
    }

    /** The row's problems as a case (before any step): empty when it can be stored. */
    List<RegisterProblem> check(RegisterRow row, LocalDate today) {
        List<RegisterProblem> problems = new ArrayList<>();
        if (!row.has(RegisterColumns.SOURCE_REFERENCE)) {
            problems.add(problem(row, RegisterColumns.SOURCE_REFERENCE, "import.error.sourceReference.missing"));
        } else if (row.get(RegisterColumns.SOURCE_REFERENCE).length() > 100) {
            problems.add(problem(row, RegisterColumns.SOURCE_REFERENCE, "import.error.sourceReference.tooLong"));
        } else if (imported.existsBySourceReference(row.get(RegisterColumns.SOURCE_REFERENCE))) {
            problems.add(problem(row, RegisterColumns.SOURCE_REFERENCE, "import.error.sourceReference.imported"));
        }
        Optional<Map<String, List<String>>> answers = answers(row, problems);
        answers.ifPresent(a -> intake.check(a, today).forEach((field, reason) ->
                problems.add(new RegisterProblem(row.number(), field, reason))));
        return problems;
    }

    /**
     * Stores a checked row and its steps: the problems a step met (then the caller rolls back), and the cases made.
     * Its timeline events are historic ({@link HistoricRecording}): no webhook tells other systems of them.
     */
    List<RegisterProblem> store(RegisterRow row, Importer by, List<Long> made) {
        return HistoricRecording.during(() -> storeHistory(row, by, made));
    }

    private List<RegisterProblem> storeHistory(RegisterRow row, Importer by, List<Long> made) {
        Map<String, List<String>> answers = answers(row, new ArrayList<>()).orElseThrow();
        String source = row.get(RegisterColumns.SOURCE_REFERENCE);
        SubmittedCase c = intake.store(answers, by.actor().actor(), by.route().equals(ImportedCase.FILE) ? by.actor().userId() : null,
                msg.get("import.eventDetail." + by.route(), source));
        mark(c.id(), source, by, made);
        List<RegisterProblem> problems = new ArrayList<>();
        long last = c.id();
        Map<String, List<String>> stage1 = outcome(row, RegisterColumns.STAGE1, problems);
        if (stage1 != null) {
            step(row, RegisterColumns.STAGE1, steps.outcome(last, by.actor(), stage1), problems);
        }
        if (row.has(RegisterColumns.CALL_OUTCOME)) {
            step(row, RegisterColumns.CALL_OUTCOME, steps.recordCall(last, by.actor(),
                    Map.of("outcome", List.of(row.get(RegisterColumns.CALL_OUTCOME)))), problems);
        }
        if (problems.isEmpty() && row.has(RegisterColumns.STAGE2 + "RequestedOn")) {
            HistoricSteps.Done escalated = steps.escalate(last, by.actor(), request(row));
            step(row, RegisterColumns.STAGE2, escalated.problems(), problems);
            if (escalated.reference() != null) {
                last = cases.findByReference(escalated.reference()).orElseThrow().id();
                mark(last, source, by, made);
                if (row.has(RegisterColumns.STAGE2 + "InvestigatingOfficer")) {
                    step(row, RegisterColumns.STAGE2, steps.investigators(last, by.actor(), Map.of(
                            "investigatingOfficer", List.of(row.get(RegisterColumns.STAGE2 + "InvestigatingOfficer")),
                            "independentPerson", List.of(row.get(RegisterColumns.STAGE2 + "IndependentPerson")))), problems);
                }
                Map<String, List<String>> stage2 = outcome(row, RegisterColumns.STAGE2, problems);
                if (stage2 != null) {
                    step(row, RegisterColumns.STAGE2, steps.outcome(last, by.actor(), stage2), problems);
                }
            }
        }
        if (problems.isEmpty() && row.has(RegisterColumns.WITHDRAWN_ON)) {
            Map<String, List<String>> form = new LinkedHashMap<>();
            date(row, RegisterColumns.WITHDRAWN_ON, "withdrawnOn", form, problems);
            step(row, RegisterColumns.WITHDRAWN_ON, steps.withdraw(last, by.actor(), form), problems);
        } else if (problems.isEmpty() && row.get(RegisterColumns.CLOSED).equalsIgnoreCase("yes")) {
            step(row, RegisterColumns.CLOSED, steps.close(last, by.actor()), problems);
        }
        return problems;
    }

    private void mark(long caseId, String source, Importer by, List<Long> made) {
        imported.save(new ImportedCase(caseId, source, by.route(), clock.instant(), by.actor().actor()));
        made.add(caseId);
    }

    /** A stage's outcome as the case page's form names it; null (nothing to do) when its columns are empty. */
    private @io.micronaut.core.annotation.Nullable Map<String, List<String>> outcome(RegisterRow row, String stage, List<RegisterProblem> problems) {
        if (RegisterColumns.OUTCOME.stream().noneMatch(c -> row.has(stage + c))) {
            return null;
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (!row.has(stage + "RespondedOn")) {
            problems.add(problem(row, stage + "RespondedOn", "import.error.date.missing"));
        }
        date(row, stage + "RespondedOn", "respondedOn", form, problems);
        form.put("methods", row.list(stage + "Methods"));
        form.put("finding", List.of(row.get(stage + "Finding")));
        form.put("outcomes", row.list(stage + "Outcomes"));
        List<String> findings = row.list(stage + "IssueFindings");
        for (int i = 0; i < findings.size(); i++) {
            form.put("finding-" + (i + 1), List.of(findings.get(i)));
        }
        return form;
    }

    private Map<String, List<String>> request(RegisterRow row) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        date(row, RegisterColumns.STAGE2 + "RequestedOn", "requestedOn", form, new ArrayList<>());
        form.put("requestVia", List.of(row.get(RegisterColumns.STAGE2 + "RequestVia")));
        form.put("reason", List.of(row.get(RegisterColumns.STAGE2 + "Reason")));
        form.put("wantNow", List.of(row.get(RegisterColumns.STAGE2 + "WantNow")));
        return form;
    }

    /** A step's problems, under the template's columns. */
    private void step(RegisterRow row, String prefix, Map<String, String> found, List<RegisterProblem> problems) {
        found.forEach((field, reason) -> problems.add(new RegisterProblem(row.number(), column(prefix, field), reason)));
    }

    /** The template's column for a field of the case page's form. */
    static String column(String prefix, String field) {
        if (!prefix.startsWith("stage")) {
            return prefix;
        }
        if (field.equals(HistoricSteps.WHOLE_STEP)) {
            return prefix + (prefix.equals(RegisterColumns.STAGE2) ? "RequestedOn" : "RespondedOn");
        }
        String name = field.matches("finding-\\d+") ? "issueFindings" : field.replaceFirst("-(day|month|year)$", "");
        return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The row's answers for staff intake: lists split, the date in the form's three parts. */
    private Optional<Map<String, List<String>>> answers(RegisterRow row, List<RegisterProblem> problems) {
        Map<String, List<String>> a = new LinkedHashMap<>();
        row.cells().keySet().stream().filter(c -> !RegisterColumns.isStep(c) && !RegisterColumns.DATES.contains(c))
                .forEach(c -> a.put(c, RegisterColumns.LISTS.contains(c) ? row.list(c) : List.of(row.get(c))));
        int before = problems.size();
        date(row, RegisterColumns.RECEIVED_ON, RegisterColumns.RECEIVED_ON, a, problems);
        RegisterColumns.DATES.stream().filter(c -> !c.equals(RegisterColumns.RECEIVED_ON) && row.cells().containsKey(c))
                .forEach(c -> date(row, c, c, a, problems));
        return problems.size() == before ? Optional.of(a) : Optional.empty();
    }

    /** A yyyy-MM-dd cell as a date question's three parts; empty stays empty (the question's own check says if needed). */
    private void date(RegisterRow row, String column, String field, Map<String, List<String>> form, List<RegisterProblem> problems) {
        String v = row.get(column);
        String[] parts = {"", "", ""};
        if (!v.isEmpty()) {
            try {
                LocalDate d = LocalDate.parse(v);
                parts = new String[]{String.valueOf(d.getDayOfMonth()), String.valueOf(d.getMonthValue()), String.valueOf(d.getYear())};
            } catch (DateTimeParseException e) {
                problems.add(problem(row, column, "import.error.date.format"));
            }
        }
        form.put(field + "-day", List.of(parts[0]));
        form.put(field + "-month", List.of(parts[1]));
        form.put(field + "-year", List.of(parts[2]));
    }

    /** A source reference used by an earlier row of the file. */
    String sameAs(int firstRow) {
        return msg.get("import.error.sourceReference.repeated", firstRow);
    }

    private RegisterProblem problem(RegisterRow row, String column, String key) {
        return new RegisterProblem(row.number(), column, msg.get(key));
    }
}
