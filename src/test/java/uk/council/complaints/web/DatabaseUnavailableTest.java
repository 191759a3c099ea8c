package uk.council.complaints.web;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are "the database is not available" (503) and which are faults of ours (500). */
class DatabaseUnavailableTest {
    @Test
    void theDatabaseNotAnsweringInTimeIsUnavailable() {
        // Hikari's pool timeout, as Micronaut Data wraps it.
        assertTrue(DatabaseUnavailable.is(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms."))));
        // PostgreSQL's statement_timeout (query_canceled) and a connection that broke under a statement.
        assertTrue(DatabaseUnavailable.is(new DataAccessException("x", new SQLException("canceling statement", "57014"))));
        assertTrue(DatabaseUnavailable.is(new DataAccessException("x", new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseUnavailable.is(new DataAccessException("x", new SQLException("shutting down", "57P01"))));
        // The original failure kept only as a suppressed exception of the clean-up's.
        RuntimeException cleanUp = new RuntimeException("clean-up failed");
        cleanUp.addSuppressed(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseUnavailable.is(cleanUp));
    }

    @Test
    void ourOwnFaultsAreNot() {
        assertFalse(DatabaseUnavailable.is(new DataAccessException("x", new SQLIntegrityConstraintViolationException("dup", "23505"))));
        assertFalse(DatabaseUnavailable.is(new DataAccessException("x", new SQLException("syntax", "42601"))));
        assertFalse(DatabaseUnavailable.is(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.is(new SQLException("no state")));
        // The virus scanner or the mail server refusing a connection is not the database.
        assertFalse(DatabaseUnavailable.is(new java.io.UncheckedIOException(new java.net.ConnectException("refused"))));
    }
}
