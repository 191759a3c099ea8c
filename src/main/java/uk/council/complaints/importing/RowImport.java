package uk.council.complaints.importing;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.ImportedCase;
import uk.council.complaints.cases.ImportedCaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.intake.ImportIntake;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.HistoricRecording;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a register: checked as staff intake checks a case ({@link #check}), then stored ({@link #store}) with its
 * steps ({@link RowSteps}), in the caller's transaction.
 */
@Singleton
class RowImport {
    private final ImportIntake intake;
    private final RowSteps steps;
    private final ImportedCaseRepository imported;
    private final Messages msg;
    private final Clock clock;

    RowImport(ImportIntake intake, RowSteps steps, ImportedCaseRepository imported, Messages msg, Clock clock) {
        this.intake = intake;
        this.steps = steps;
        this.imported = imported;
        this.msg = msg;
        this.clock = clock;
    }

    /**
     * Who brings the cases in and records every step: the timeline's actor, and the staff member (null for an API
     * client). History is not judged by "who handled Stage 1" (casework's rule skips historic recording).
     */
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
        return steps.after(row, by.actor(), c.id(), id -> mark(id, source, by, made));
    }

    private void mark(long caseId, String source, Importer by, List<Long> made) {
        imported.save(new ImportedCase(caseId, source, by.route(), clock.instant(), by.actor().actor()));
        made.add(caseId);
    }

    /** The row's answers for staff intake: lists split, the date in the form's three parts. */
    private Optional<Map<String, List<String>>> answers(RegisterRow row, List<RegisterProblem> problems) {
        Map<String, List<String>> a = new LinkedHashMap<>();
        row.cells().keySet().stream().filter(c -> !RegisterColumns.isStep(c) && !RegisterColumns.DATES.contains(c))
                .forEach(c -> a.put(c, RegisterColumns.LISTS.contains(c) ? row.list(c) : List.of(row.get(c))));
        int before = problems.size();
        String unreadable = msg.get("import.error.date.format");
        row.putDate(RegisterColumns.RECEIVED_ON, RegisterColumns.RECEIVED_ON, a, problems, unreadable);
        RegisterColumns.DATES.stream().filter(c -> !c.equals(RegisterColumns.RECEIVED_ON) && row.cells().containsKey(c))
                .forEach(c -> row.putDate(c, c, a, problems, unreadable));
        return problems.size() == before ? Optional.of(a) : Optional.empty();
    }

    /** A source reference used by an earlier row of the file. */
    String sameAs(int firstRow) {
        return msg.get("import.error.sourceReference.repeated", firstRow);
    }

    private RegisterProblem problem(RegisterRow row, String column, String key) {
        return new RegisterProblem(row.number(), column, msg.get(key));
    }
}
