package uk.council.complaints.importing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.notify.Outbox;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole register in one transaction (issue 25): every row is checked as a case first; then every clean row is
 * stored with its steps, each through the case page's checks and guards. Any problem anywhere and the transaction is
 * rolled back with the list of every problem found ({@link RegisterRefused}): nothing of the file is kept.
 */
@Singleton
class RegisterImport {
    private final RowImport rows;
    private final Outbox outbox;
    private final Clock clock;

    RegisterImport(RowImport rows, Outbox outbox, Clock clock) {
        this.rows = rows;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The references of the cases made, first case of each row first; or {@link RegisterRefused}. */
    @Transactional
    List<Long> importAll(List<RegisterRow> register, RowImport.Importer by) {
        LocalDate today = ClockFactory.today(clock);
        List<RegisterProblem> problems = new ArrayList<>();
        Map<String, Integer> sources = new HashMap<>();
        List<RegisterRow> clean = new ArrayList<>();
        for (RegisterRow row : register) {
            List<RegisterProblem> found = new ArrayList<>(rows.check(row, today));
            Integer first = sources.putIfAbsent(row.get(RegisterColumns.SOURCE_REFERENCE), row.number());
            if (first != null && row.has(RegisterColumns.SOURCE_REFERENCE)) {
                found.add(0, new RegisterProblem(row.number(), RegisterColumns.SOURCE_REFERENCE, rows.sameAs(first)));
            }
            problems.addAll(found);
            if (found.isEmpty()) {
                clean.add(row);
            }
        }
        List<Long> made = new ArrayList<>();
        for (RegisterRow row : clean) {
            problems.addAll(rows.store(row, by, made));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(RegisterProblem::row));
            throw new RegisterRefused(problems);
        }
        outbox.dropUnsent(made);
        return made;
    }
}
