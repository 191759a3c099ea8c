package uk.council.complaints.importing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An import stores thousands of cases in one transaction, and each row's triage looks up the same person's earlier
 * cases (TriageStore.recentCaseFor). PostgreSQL plans that look-up from the table's statistics, which autovacuum
 * gathers only after commits: in a fresh database, or one whose statistics predate the import, the plan reads every
 * case stored so far, for every row, so a 10,000-row register (or the demo year) took many minutes. Every
 * {@value #EVERY} rows stored, the import's own transaction gathers statistics of the tables it is filling (ANALYZE
 * counts the rows the transaction has inserted), and the plans made before are made again. Nothing on H2.
 */
@Singleton
class BulkPlans {
    static final int EVERY = 500;
    private final JdbcOperations jdbc;

    BulkPlans(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Called inside the import's transaction after each row is stored, with the rows stored so far. */
    void stored(int rows) {
        if (rows > 0 && rows % EVERY == 0) {
            refresh();
        }
    }

    /** The statistics of the tables triage's look-ups read, from the rows as this transaction sees them. */
    void refresh() {
        Connection connection = jdbc.getConnection();
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze complaint_case, case_child");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not gather the import's statistics", e);
        }
    }
}
