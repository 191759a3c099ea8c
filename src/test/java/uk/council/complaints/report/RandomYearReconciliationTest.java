package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import net.jqwik.api.Assume;
import uk.council.complaints.demo.DemoData;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any year reconciles, not only the fixture's and the demo's (issue 22): a year of demo cases drawn from a random
 * seed, written through the demo writer, and every reconciliation of {@link Reconciliation} checked on its tables.
 * On PostgreSQL the tests' schema is shared with other classes' real cases: this class uses a schema of its own
 * (the shared one's name with {@code _random}), dropped at the end.
 */
class RandomYearReconciliationTest {
    private static ApplicationContext ctx;

    private static String schema;

    @BeforeContainer
    static void start() {
        String environments = System.getProperty("micronaut.environments", "") + "," + System.getenv().getOrDefault("MICRONAUT_ENVIRONMENTS", "");
        Map<String, Object> own = new HashMap<>();
        if (environments.contains("postgres")) {
            schema = System.getenv().getOrDefault("PORTAL_TEST_PG_SCHEMA", "portal_test") + "_random";
            own.put("datasources.default.url", "jdbc:postgresql://" + System.getenv().getOrDefault("PORTAL_TEST_PG_HOST", "127.0.0.1")
                    + ":5432/test?currentSchema=" + schema);
            own.put("flyway.datasources.default.schemas", schema);
        }
        ctx = ApplicationContext.builder().environments("test").properties(own).start();
    }

    @AfterContainer
    static void stop() {
        if (ctx != null) {
            new Rows(ctx).update(schema == null ? "delete from complaint_case where demo = true" : "drop schema " + schema + " cascade");
            ctx.close();
        }
    }

    @Property(tries = 4)
    void aRandomYearReconciles(@ForAll long seed) {
        Rows rows = new Rows(ctx);
        Assume.that(rows.count("select count(*) from complaint_case where demo = false") == 0);
        rows.update("delete from complaint_case where demo = true");
        rows.update("delete from equality_monitoring where submitted_month < ?", LocalDate.of(2005, 4, 1));
        int written = ctx.getBean(DemoData.class).fill(2003, 1, 300, seed);
        assertTrue(written >= 300, "a year of cases: " + written);
        Reconciliation.check(ctx.getBean(ReportFigures.class).tables(ReportPeriod.financialYear(2003)));
    }
}
