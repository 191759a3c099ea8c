package uk.council.complaints.importing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.ImportedCase;
import uk.council.complaints.notify.Outbox;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo years brought in as a register is (issue 22): each row, named as the template names its columns, meets
 * staff intake's checks and then the case page's checks and guards for every step, in the caller's transaction, under
 * the importer route {@link ImportedCase#DEMO}. Any problem and nothing is kept: {@link IllegalStateException} listing them.
 */
@Singleton
public class DemoImport {
    private final RowImport rows;
    private final Outbox outbox;
    private final Clock clock;
    private final BulkPlans plans;

    DemoImport(RowImport rows, Outbox outbox, Clock clock, BulkPlans plans) {
        this.rows = rows;
        this.outbox = outbox;
        this.clock = clock;
        this.plans = plans;
    }

    /**
     * The cases made for each row, in the row's order (its first case, then each later stage's), recorded by {@code by}.
     */
    @Transactional
    public List<List<Long>> importRows(List<Map<String, String>> register, StaffActor by) {
        LocalDate today = ClockFactory.today(clock);
        List<RegisterProblem> problems = new ArrayList<>();
        List<RegisterRow> checked = new ArrayList<>();
        for (Map<String, String> cells : register) {
            RegisterRow row = new RegisterRow(checked.size() + 2, cells);
            problems.addAll(rows.check(row, today));
            checked.add(row);
        }
        List<List<Long>> made = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (RegisterRow row : checked) {
            List<Long> cases = new ArrayList<>();
            if (problems.isEmpty()) {
                problems.addAll(rows.store(row, new RowImport.Importer(by, ImportedCase.DEMO), cases));
                plans.stored(made.size() + 1);
            }
            made.add(cases);
            all.addAll(cases);
        }
        if (!problems.isEmpty()) {
            Map<String, String> kinds = new java.util.TreeMap<>();
            problems.forEach(p -> kinds.putIfAbsent(p.column() + ": " + p.reason(), checked.get(p.row() - 2).cells().toString()));
            throw new IllegalStateException(problems.size() + " demo row problem(s), each kind once: " + kinds);
        }
        outbox.dropUnsent(all);
        return made;
    }
}
