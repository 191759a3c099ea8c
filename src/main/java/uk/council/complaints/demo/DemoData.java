package uk.council.complaints.demo;

import uk.council.complaints.report.ReportPeriod;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;
import uk.council.complaints.web.ClockFactory;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo-data switch ({@code portal.demo-data.years}, environment {@code PORTAL_DEMO_DATA_YEARS}, 1 to 5): on
 * start-up, fills an EMPTY database with that many financial years of clearly fictional cases (demo = true,
 * "Demo Person n (fictional)"), each brought in through the register import and its checks (issue 22), the last one the year before the current one,
 * {@code portal.demo-data.per-year} representations a year. It refuses, logging why, when the database holds
 * any case that is not demo data, and does nothing when demo data is already there.
 */
@Singleton
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private final JdbcOperations jdbc;
    // Made only when demo cases are written: the import machinery behind it cost every start about 50 ms (issue 26).
    private final BeanProvider<DemoWriter> writer;
    private final WorkingDays workingDays;
    private final DeadlineProperties deadlines;
    private final Clock clock;
    private final int years;
    private final int perYear;

    DemoData(JdbcOperations jdbc, BeanProvider<DemoWriter> writer, WorkingDays workingDays, DeadlineProperties deadlines, Clock clock,
             @Value("${portal.demo-data.years:0}") int years, @Value("${portal.demo-data.per-year:700}") int perYear) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.workingDays = workingDays;
        this.deadlines = deadlines;
        this.clock = clock;
        this.years = Math.max(0, Math.min(years, 5));
        this.perYear = perYear;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        LocalDate today = ClockFactory.today(clock);
        if (years == 0) {
            return;
        }
        int lastYear = (today.getMonthValue() < 4 ? today.getYear() - 1 : today.getYear()) - 1;
        fill(lastYear, years, perYear);
    }

    /** Fills {@code years} financial years ending with the one starting in April {@code lastYear}; the cases written. */
    @Transactional
    public int fill(int lastYear, int years, int perYear) {
        return fill(lastYear, years, perYear, 20261202L);
    }

    /** As above, with the demo mix drawn from {@code seed} (a different year for each: the reconciliation property). */
    @Transactional
    public int fill(int lastYear, int years, int perYear, long seed) {
        long real = count("select count(*) from complaint_case where demo = false");
        if (real > 0) {
            LOG.warn("Demo data not added: the database holds {} real case(s). Demo data only goes into an empty database.", real);
            return 0;
        }
        if (count("select count(*) from complaint_case where demo = true") > 0) {
            LOG.info("Demo data is already there: nothing added.");
            return 0;
        }
        long started = System.nanoTime();
        DemoPlanner planner = new DemoPlanner(new DemoMix(seed), workingDays, deadlines, 1, ClockFactory.today(clock));
        List<DemoCase> cases = new ArrayList<>();
        for (int y = lastYear - years + 1; y <= lastYear; y++) {
            cases = planner.year(ReportPeriod.financialYear(y), perYear);
        }
        writer.get().write(cases, ClockFactory.today(clock));
        LOG.info("Demo data added: {} fictional cases over {} financial year(s) to March {} in {} ms.", cases.size(), years,
                lastYear + 1, (System.nanoTime() - started) / 1_000_000);
        return cases.size();
    }

    private long count(String sql) {
        return jdbc.prepareStatement(sql, st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
