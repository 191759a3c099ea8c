package uk.council.complaints.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.Postgres;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every pooled connection carries the statement limit (portal.database.statement-timeout, ADR 0024), on H2 and on
 * PostgreSQL: a statement that would run for seconds is stopped, and the failure is the kind ErrorPages answers with
 * the "not available right now" page (503), not the 500 page.
 */
class StatementTimeoutTest {
    @Test
    void aStatementOverTheLimitIsStoppedAsDatabaseUnavailable() throws Exception {
        Map<String, Object> config = new HashMap<>(Postgres.active() ? Postgres.settings() : Map.of());
        config.put("portal.database.statement-timeout", "1s");
        try (ApplicationContext ctx = ApplicationContext.run(config, "test")) {
            DataSource ds = ctx.getBean(DataSourceResolver.class).resolve(ctx.getBean(DataSource.class));
            // Seconds of work on either database: PostgreSQL sleeps, H2 goes through a hundred billion rows.
            String slow = Postgres.active() ? "SELECT pg_sleep(30)" : "SELECT sum(1) FROM system_range(1, 100000000000)";
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                SQLException stopped = assertThrows(SQLException.class, () -> s.executeQuery(slow));
                assertTrue(DatabaseUnavailable.is(new RuntimeException(stopped)), stopped.getClass() + " " + stopped.getSQLState());
            }
        }
    }
}
