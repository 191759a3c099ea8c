package uk.council.complaints.web;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Telling "the database did not answer in time, or could not be reached" (a 503: try again in a few minutes) from a
 * fault of ours (a 500). Micronaut Data and the transaction manager wrap the driver's exception, so the whole cause
 * chain is searched.
 */
final class DatabaseUnavailable {
    /** "Try again in a few minutes": a browser or client that honours Retry-After waits a minute. */
    static final long RETRY_AFTER_SECONDS = 60;
    /** PostgreSQL's query_canceled: statement_timeout ran out (the driver reports it as a plain PSQLException). */
    private static final String QUERY_CANCELED = "57014";
    /** SQLState class 08: connection exceptions (refused, broken, closed by the server). */
    private static final String CONNECTION_CLASS = "08";
    /** PostgreSQL's admin_shutdown and cannot_connect_now: the server is stopping or starting. */
    private static final String ADMIN_SHUTDOWN = "57P01";
    private static final String CANNOT_CONNECT_NOW = "57P03";

    private DatabaseUnavailable() {
    }

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (one(t) || java.util.Arrays.stream(t.getSuppressed()).anyMatch(DatabaseUnavailable::one)) {
                return true;
            }
        }
        return false;
    }

    private static boolean one(Throwable t) {
        // SQL exceptions only: a refused connection to the mail server or the virus scanner is not the database's.
        if (onClosedConnection(t) || t instanceof SQLTransientConnectionException || t instanceof SQLTimeoutException) {
            return true;
        }
        String state = t instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith(CONNECTION_CLASS) || state.equals(QUERY_CANCELED)
                || state.equals(ADMIN_SHUTDOWN) || state.equals(CANNOT_CONNECT_NOW));
    }

    /**
     * A connection that broke under a statement (the server went away) is closed by the pool, and the framework's
     * clean-up on it then fails with Hikari's "Connection is closed", which has no SQLState: known by where it is thrown.
     */
    private static boolean onClosedConnection(Throwable t) {
        return t instanceof SQLException && t.getStackTrace().length > 0
                && t.getStackTrace()[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection");
    }

    /** The chain's types only, outermost first (messages can carry answers). */
    static String types(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(t == e ? "" : " < ").append(t.getClass().getSimpleName());
        }
        return out.toString();
    }
}
