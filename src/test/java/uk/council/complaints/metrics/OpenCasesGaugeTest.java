package uk.council.complaints.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.staff.StaffFixtures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The open-cases gauge counts what {@link CaseStatus#open()} calls open, not a list of statuses of its own: with a
 * case of every status made here, each gauge grows by this test's cases whose status is open, counted by their ids
 * (on PostgreSQL the tables hold other tests' cases too).
 */
class OpenCasesGaugeTest {

    @Test
    void theGaugeCountsTheCasesCaseStatusCallsOpen() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of("portal.metrics.initial-delay", "1h"), "test")) {
            PortalMetrics metrics = ctx.getBean(PortalMetrics.class);
            metrics.read();
            Map<String, Double> before = gauges(ctx);

            Map<String, Long> expected = new HashMap<>();
            for (CaseStatus status : CaseStatus.values()) {
                long id = ctx.getBean(CaseRepository.class).findByReference(StaffFixtures.complaint(ctx)).orElseThrow().id();
                String[] stored = inTransaction(ctx, c -> setStatusAndRead(c, id, status));
                if (CaseStatus.open().contains(CaseStatus.ofCode(stored[2]))) {
                    expected.merge(stored[0] + "/" + stored[1], 1L, Long::sum);
                }
                expected.putIfAbsent(stored[0] + "/" + stored[1], 0L);
            }
            metrics.read();
            Map<String, Double> after = gauges(ctx);

            expected.forEach((key, count) -> assertEquals(count.doubleValue(),
                    after.getOrDefault(key, 0.0) - before.getOrDefault(key, 0.0), "open cases in " + key));
        }
    }

    /** Puts the case in the status, then answers its queue, priority and status as stored. */
    private static String[] setStatusAndRead(JdbcOperations jdbc, long id, CaseStatus status) {
        jdbc.prepareStatement("update complaint_case set status = ? where id = ?", ps -> {
            ps.setString(1, status.code());
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
        return jdbc.prepareStatement("select t.queue, t.priority, c.status from complaint_case c"
                + " join case_triage t on t.case_id = c.id where c.id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[]{rs.getString(1), rs.getString(2), rs.getString(3)};
            }
        });
    }

    private static Map<String, Double> gauges(ApplicationContext ctx) {
        Map<String, Double> values = new HashMap<>();
        for (Gauge g : ctx.getBean(MeterRegistry.class).find("portal.queue.open.cases").gauges()) {
            values.put(g.getId().getTag("queue") + "/" + g.getId().getTag("priority"), g.value());
        }
        return values;
    }

    private static <T> T inTransaction(ApplicationContext ctx, java.util.function.Function<JdbcOperations, T> work) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = ctx.getBean(TransactionOperations.class);
        return tx.executeWrite(status -> work.apply(ctx.getBean(JdbcOperations.class)));
    }
}
