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
    private final BulkPlans plans;

    RegisterImport(RowImport rows, Outbox outbox, Clock clock, BulkPlans plans) {
        this.rows = rows;
        this.outbox = outbox;
        this.clock = clock;
        this.plans = plans;
    }

    /** How far an import is: rows checked, rows stored (told every {@value ImportProgress#EVERY} rows and at the end). */
    interface Progress {
        void at(int checked, int stored);
    }

    /** The ids of the cases made, first case of each row first; or {@link RegisterRefused}. */
    @Transactional
    List<Long> importAll(List<RegisterRow> register, RowImport.Importer by) {
        return importAll(register, by, (checked, stored) -> { });
    }

    /** As above, telling {@code progress} as it goes. */
    @Transactional
    List<Long> importAll(List<RegisterRow> register, RowImport.Importer by, Progress progress) {
        LocalDate today = ClockFactory.today(clock);
        List<RegisterProblem> problems = new ArrayList<>();
        Map<String, Integer> sources = new HashMap<>();
        List<RegisterRow> clean = new ArrayList<>();
        int checked = 0;
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
            tell(progress, ++checked, register.size(), 0);
        }
        List<Long> made = new ArrayList<>();
        int stored = 0;
        for (RegisterRow row : clean) {
            problems.addAll(rows.store(row, by, made));
            plans.stored(stored + 1);
            tell(progress, register.size(), clean.size(), ++stored);
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(RegisterProblem::row));
            throw new RegisterRefused(problems);
        }
        outbox.dropUnsent(made);
        return made;
    }

    private static void tell(Progress progress, int checked, int last, int stored) {
        int count = stored == 0 ? checked : stored;
        if (count % ImportProgress.EVERY == 0 || count == last) {
            progress.at(checked, stored);
        }
    }
}
