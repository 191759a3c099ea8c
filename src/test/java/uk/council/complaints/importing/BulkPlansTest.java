package uk.council.complaints.importing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.ImportedCase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 26 finding: an import stores thousands of cases in one transaction and triage looks up each row's earlier cases
 * by the same person. PostgreSQL planned that look-up from statistics gathered before the import, which know nothing
 * of the cases it has stored: the demo year of 10,000 cases had not finished after minutes. Here the look-up is
 * prepared and run as the driver runs it (five times, then the cached plan), 5,000 cases are stored in the same
 * transaction (in tables of its own, so that other tests' cases do not count), and the plan is read: without {@link BulkPlans#refresh} it does not use the email index; after it, it
 * does. A register import is checked to gather them as it goes. PostgreSQL only.
 */
@MicronautTest(transactional = false)
class BulkPlansTest {
    private static final String CASES = """
            insert into complaint_case (reference, kind, status, submitted_at, submitter_name, preferred_contact,
                still_happening, risk_now, received_on, email, phone)
            select 'BULK' || g, 'COMPLAINT', 'NEW', now() - g * interval '1 minute', 'Bulk Example', 'email', false,
                false, current_date, 'bulk-' || g || '@example.org', null
            from generate_series(1, 5000) g""";
    private static final String ARGS = "(1, -1, 'sam example', 'bulk-17@example.org', null, now() - interval '90 days')";

    @Inject
    ApplicationContext ctx;
    @Inject
    BulkPlans plans;
    @Inject
    JdbcOperations jdbc;

    @Test
    void theLookUpIsPlannedAgainForTheCasesTheImportHasStored() throws Exception {
        assumeTrue(ctx.getEnvironment().getActiveNames().contains("postgres"), "PostgreSQL only");
        String without = planAfterStoring(false);
        String with = planAfterStoring(true);
        String byEmail = "Index Cond: (lower(TRIM(BOTH FROM email))";
        assertFalse(without.contains(byEmail), "the plan this guards against:\n" + without);
        assertTrue(with.contains(byEmail), with);
        assertFalse(with.contains("Seq Scan on complaint_case"), with);
    }

    @Test
    void aRegisterImportGathersStatisticsOfTheCasesItHasStoredAsItGoes() {
        assumeTrue(ctx.getEnvironment().getActiveNames().contains("postgres"), "PostgreSQL only");
        RegisterFixture register = new RegisterFixture(2601, 2019, BulkPlans.EVERY + 50, "BP");
        Map<Integer, Double> rowsKnownAt = new TreeMap<>();
        RegisterImport service = ctx.getBean(RegisterImport.class);
        RowImport.Importer by = new RowImport.Importer(ImportRegisterTest.manager(ctx), ImportedCase.FILE);
        try {
            service.importAll(RegisterReader.read("register.csv", register.csv()), by,
                    (checked, stored) -> rowsKnownAt.put(stored, knownCases()));
        } catch (RegisterReader.Unreadable e) {
            throw new AssertionError(e);
        }
        double before = rowsKnownAt.get(0);
        assertEquals(before, rowsKnownAt.get(BulkPlans.EVERY - ImportProgress.EVERY), rowsKnownAt.toString());
        // a row of the register can make more than one case (a Stage 2, a Stage 3): at least one each
        assertTrue(rowsKnownAt.get(BulkPlans.EVERY) >= before + BulkPlans.EVERY, rowsKnownAt.toString());
    }

    /** The planner's count of complaint_case rows, as this transaction sees pg_class. */
    private double knownCases() {
        return jdbc.prepareStatement("select reltuples from pg_class where oid = 'complaint_case'::regclass", st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        });
    }

    private String planAfterStoring(boolean bulkPlans) throws Exception {
        String lookUp = lookUpWithNumberedParameters();
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = ctx.getBean(TransactionOperations.class);
        String name = "bulk_lookup_" + System.nanoTime();
        return transactions.executeWrite(status -> {
            status.setRollbackOnly();
            StringBuilder plan = new StringBuilder();
            try (Statement st = status.getConnection().createStatement()) {
                // Tables of this transaction's own in their place, analysed empty: a fresh database's state, whatever
                // the other tests have left in the shared one.
                st.execute("create temp table complaint_case (like complaint_case including all) on commit drop");
                st.execute("create temp table case_child (like case_child including all) on commit drop");
                st.execute("analyze complaint_case, case_child");
                st.execute("prepare " + name + " (bigint, bigint, text, text, text, timestamptz) as " + lookUp);
                for (int i = 0; i < 6; i++) {
                    st.execute("execute " + name + ARGS);
                }
                st.execute(CASES);
                if (bulkPlans) {
                    plans.refresh();
                }
                try (ResultSet rs = st.executeQuery("explain execute " + name + ARGS)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                st.execute("deallocate " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return plan.toString();
        });
    }

    /** The repository's own query, its named parameters numbered in its method's order. */
    private static String lookUpWithNumberedParameters() throws Exception {
        Class<?> repository = Class.forName("uk.council.complaints.triage.store.CaseTriageRepository");
        String query = repository.getMethod("findRecentReferences", long.class, long.class, String.class, String.class,
                String.class, java.time.Instant.class).getAnnotation(Query.class).value();
        String[] names = {"caseId", "madeFrom", "child", "email", "phone", "since"};
        for (int i = 0; i < names.length; i++) {
            query = query.replace(":" + names[i], "$" + (i + 1));
        }
        return query;
    }
}
