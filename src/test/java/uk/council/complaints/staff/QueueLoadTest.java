package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 10,000 triaged cases, then the first queue page and a filtered page. The times are printed, not
 * asserted: they depend on the machine. Rows are inserted in JDBC batches to keep the setup quick.
 */
@MicronautTest(transactional = false)
class QueueLoadTest {
    static final int CASES = 10_000;
    static final String[] QUEUES = {"STAGE1", "STAGE1", "STAGE1", "CORPORATE", "CALLBACK", "STAGE2", "COMPLIMENTS", "SIGNPOST"};
    static final String[] PRIORITIES = {"NORMAL", "NORMAL", "NORMAL", "HIGH", "URGENT"};
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void theQueueWithTenThousandCases() {
        String prefix = "L" + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
        long start = System.nanoTime();
        transactions.executeWrite(status -> {
            insert(ctx.getBean(JdbcOperations.class), prefix);
            return null;
        });
        long loaded = System.nanoTime();
        boolean postgres = ctx.getEnvironment().getActiveNames().contains("postgres");
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        officer.get("/staff/queue"); // warm the template cache: a running server has done this long before
        System.out.printf("QUEUE TIMING (%s, %d cases): insert %d ms%n", postgres ? "PostgreSQL" : "H2", CASES, ms(start, loaded));
        measure(officer, postgres ? "PostgreSQL, statistics not yet updated, first requests" : "H2, first requests");
        measure(officer, postgres ? "PostgreSQL, statistics not yet updated, again" : "H2, again");
        if (postgres) {
            // What autovacuum does within a minute or so of a bulk load; the planner needs it to pick hash joins.
            transactions.executeWrite(status -> {
                ctx.getBean(JdbcOperations.class).prepareStatement("analyze complaint_case, case_triage, case_flag",
                        java.sql.PreparedStatement::execute);
                return null;
            });
            measure(officer, "PostgreSQL, after ANALYZE");
            measure(officer, "PostgreSQL, after ANALYZE, again");
        }
    }

    private static void measure(FormClient officer, String label) {
        long t0 = System.nanoTime();
        FormClient.Page first = officer.get("/staff/queue");
        long t1 = System.nanoTime();
        FormClient.Page filtered = officer.get("/staff/queue?queue=STAGE1&status=open&priority=HIGH&flag=ACCESS_NEEDS&sort=due");
        long t2 = System.nanoTime();
        FormClient.Page deep = officer.get("/staff/queue?status=all&sort=received-oldest&page=300");
        long t3 = System.nanoTime();
        assertEquals(200, first.status());
        assertEquals(200, filtered.status());
        assertEquals(200, deep.status());
        System.out.printf("QUEUE TIMING (%s): first page %d ms (%s); filtered page %d ms (%s); page 300 %d ms%n", label,
                ms(t0, t1), first.html().selectFirst("caption").text(), ms(t1, t2),
                filtered.html().selectFirst("caption").text(), ms(t2, t3));
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void insert(JdbcOperations jdbc, String prefix) {
        Connection connection = jdbc.getConnection();
        Random random = new Random(42);
        Instant now = Instant.now();
        try (PreparedStatement c = connection.prepareStatement("insert into complaint_case (reference, kind, status, submitted_at,"
                + " submitter_role, submitter_name, preferred_contact, service, still_happening, risk_now, received_on) values (?, ?, ?, ?,"
                + " 'parent', 'Load Test', 'email', 'children-in-care', false, false, ?)", new String[]{"id"});
             PreparedStatement t = connection.prepareStatement("insert into case_triage (case_id, queue, priority, team, team_mailbox,"
                     + " acknowledge_by, response_due, triaged_at, front_door_alert) values (?, ?, ?, 'Team', 'team@northfield.example', ?, ?, ?, false)");
             PreparedStatement f = connection.prepareStatement("insert into case_flag (case_id, flag) values (?, ?)")) {
            for (int i = 0; i < CASES; i++) {
                Instant received = now.minus(random.nextInt(400), ChronoUnit.DAYS);
                c.setString(1, prefix + "-" + String.format("%06d", i));
                String queue = QUEUES[random.nextInt(QUEUES.length)];
                c.setString(2, queue.equals("CALLBACK") ? "CALLBACK" : queue.equals("STAGE2") ? "STAGE2" : "COMPLAINT");
                c.setString(3, random.nextInt(4) == 0 ? "closed" : (random.nextBoolean() ? "new" : "acknowledged"));
                c.setTimestamp(4, Timestamp.from(received));
                c.setObject(5, received.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
                c.executeUpdate();
                long id;
                try (ResultSet keys = c.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                LocalDate day = LocalDate.ofInstant(received, java.time.ZoneOffset.UTC);
                t.setLong(1, id);
                t.setString(2, queue);
                t.setString(3, PRIORITIES[random.nextInt(PRIORITIES.length)]);
                t.setDate(4, Date.valueOf(day.plusDays(5)));
                t.setDate(5, queue.equals("COMPLIMENTS") || queue.equals("SIGNPOST") ? null : Date.valueOf(day.plusDays(14)));
                t.setTimestamp(6, Timestamp.from(received));
                t.addBatch();
                if (random.nextInt(3) == 0) {
                    f.setLong(1, id);
                    f.setString(2, random.nextBoolean() ? "ACCESS_NEEDS" : "YOUNG_PERSON");
                    f.addBatch();
                }
                if (i % 500 == 499) {
                    t.executeBatch();
                    f.executeBatch();
                }
            }
            t.executeBatch();
            f.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
