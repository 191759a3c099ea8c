package uk.council.complaints.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL's generic plan for a repository's query: the plan a driver's prepared statement settles on after five runs.
 * Made over rows that {@code setup} inserts and then rolled back, with sequential scans priced out, so a plan that still
 * has one could not use an index at all. The tables are analysed again after (ANALYZE's row count outlives a rollback).
 * Skips the test on H2.
 */
public final class GenericPlan {
    private static final Pattern NAMED = Pattern.compile(":(\\w+)");

    private GenericPlan() {
    }

    /**
     * @param names  the query's named parameters, in the order of {@code types} and {@code values}
     * @param tables the tables {@code setup} fills, to analyse
     */
    public static String of(ApplicationContext ctx, String query, List<String> names, String types, String values,
                            String setup, String tables) {
        assumeTrue(ctx.getEnvironment().getActiveNames().contains("postgres"), "PostgreSQL only");
        Matcher named = NAMED.matcher(query);
        StringBuilder numbered = new StringBuilder();
        while (named.find()) {
            named.appendReplacement(numbered, "\\$" + (names.indexOf(named.group(1)) + 1));
        }
        named.appendTail(numbered);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = ctx.getBean(TransactionOperations.class);
        // A prepared statement belongs to the pooled connection, not the transaction: a name of its own, dropped after.
        String name = "plan_under_test_" + System.nanoTime();
        try {
            return transactions.executeWrite(status -> {
                status.setRollbackOnly();
                return run(status.getConnection(), setup, "analyze " + tables,
                        "set local plan_cache_mode = force_generic_plan", "set local enable_seqscan = off",
                        "prepare " + name + " (" + types + ") as " + numbered,
                        "explain execute " + name + "(" + values + ")", "deallocate " + name);
            });
        } finally {
            transactions.executeWrite(status -> run(status.getConnection(), "analyze " + tables));
        }
    }

    /** Runs each statement; returns the rows they gave, a line each. */
    private static String run(Connection connection, String... statements) {
        StringBuilder rows = new StringBuilder();
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                if (statement.execute(sql)) {
                    try (ResultSet result = statement.getResultSet()) {
                        while (result.next()) {
                            rows.append(result.getString(1)).append('\n');
                        }
                    }
                }
            }
            return rows.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
