package uk.council.complaints.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.council.complaints.cases.CaseStatus;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portal's own metrics (names start {@code portal_}). Labels are fixed words only: a journey kind,
 * a queue, a priority, an outcome; never a reference, a name, an address or an answer.
 * Counts read from the database (queues, outbox) are refreshed every {@code portal.metrics.refresh}.
 */
@Singleton
public class PortalMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(PortalMetrics.class);
    private final MeterRegistry registry;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final AtomicLong outboxPending = new AtomicLong();
    private final AtomicLong outboxOldestPendingSeconds = new AtomicLong();
    private final AtomicLong outboxFailed = new AtomicLong();
    private final Map<String, AtomicLong> openCases = new ConcurrentHashMap<>();

    PortalMetrics(MeterRegistry registry, JdbcOperations jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("portal.outbox.pending", outboxPending, AtomicLong::get)
                .description("Emails waiting to be sent (pending or being sent)").register(registry);
        Gauge.builder("portal.outbox.oldest.pending.age", outboxOldestPendingSeconds, AtomicLong::get).baseUnit("seconds")
                .description("How long the oldest email still waiting has waited").register(registry);
        Gauge.builder("portal.outbox.failed", outboxFailed, AtomicLong::get)
                .description("Emails that will not be tried again (Outbox.retry puts one back)").register(registry);
    }

    /** A case was made from a submission (kind: complaint, callback, compliment, stage2, ...). */
    public void submitted(String kind) {
        Counter.builder("portal.submissions").tag("kind", kind).description("Submissions that made a case")
                .register(registry).increment();
    }

    /** A send that failed: outcome "failed" (will be retried or ran out of tries) or "rejected" (refused by the server). */
    public void deliveryFailed(String outcome) {
        Counter.builder("portal.outbox.delivery.failures").tag("outcome", outcome)
                .description("Emails the SMTP server did not take").register(registry).increment();
    }

    /**
     * A claim that ended without an outcome: "lapsed" (ran out, another instance takes it), "taken-back"
     * (the instance restarted under the same name and took it back at once), "resent" (sent again after a
     * lapsed claim: the server had it twice, with the same Message-ID).
     */
    public void claimLost(String how) {
        Counter.builder("portal.outbox.claims.lost").tag("how", how)
                .description("Outbox claims that ended without a recorded outcome, and emails sent twice").register(registry)
                .increment();
    }

    @Scheduled(fixedDelay = "${portal.metrics.refresh:30s}", initialDelay = "${portal.metrics.initial-delay:10s}")
    public void refresh() {
        try {
            read();
        } catch (RuntimeException e) {
            LOG.warn("Metrics from the database not refreshed: {}", e.getClass().getName());
        }
    }

    @ReadOnly
    void read() {
        long now = clock.millis();
        jdbc.prepareStatement("SELECT sum(CASE WHEN status = 'failed' THEN 0 ELSE 1 END), "
                + "min(CASE WHEN status = 'failed' THEN NULL ELSE created_at END), "
                + "sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) "
                + "FROM outbox_email WHERE status IN ('pending', 'sending', 'failed')", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                outboxPending.set(rs.getLong(1));
                Timestamp oldest = rs.getTimestamp(2);
                outboxOldestPendingSeconds.set(oldest == null ? 0 : Math.max(0, (now - oldest.getTime()) / 1000));
                outboxFailed.set(rs.getLong(3));
                return null;
            }
        });
        Map<String, Long> counts = jdbc.prepareStatement("SELECT t.queue, t.priority, count(*) FROM case_triage t "
                + "JOIN complaint_case c ON c.id = t.case_id WHERE " + CaseStatus.openSql("c.status") + " GROUP BY t.queue, t.priority", ps -> {
            Map<String, Long> m = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getLong(3));
                }
            }
            return m;
        });
        openCases.forEach((key, value) -> value.set(counts.getOrDefault(key, 0L)));
        counts.forEach((key, count) -> openCases.computeIfAbsent(key, k -> {
            String[] parts = k.split("\u0000", 2);
            AtomicLong holder = new AtomicLong();
            Gauge.builder("portal.queue.open.cases", holder, AtomicLong::get).tag("queue", parts[0]).tag("priority", parts[1])
                    .description("Open cases (CaseStatus.open), by triage queue and priority").register(registry);
            return holder;
        }).set(count));
    }
}
