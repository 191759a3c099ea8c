package uk.council.complaints.notify;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.council.complaints.notify.MailTestSupport.inTransaction;
import static uk.council.complaints.notify.MailTestSupport.token;

/**
 * Claims of an instance that stopped being seen (ADR 0024): an instance restarted under another name, or gone for
 * good, does not hold its emails for the whole 5-minute claim. A running instance takes back the claims of a run not
 * seen for portal.mail.instance-gone-after; a run seen recently keeps its claims, and so does one that never said it
 * was alive (an instance from before heartbeats), which is left to its claim as before.
 */
class HeartbeatTakeBackTest {
    @Test
    void theClaimsOfARunNotSeenForAMinuteAreTakenBackAndOnlyThose() {
        String tag = token(6).toLowerCase();
        try (ApplicationContext context = MailTestSupport.start(Map.of("portal.mail.heartbeat-initial-delay", "1h",
                "portal.mail.instance-gone-after", "60s", "portal.mail.instance-name", "survivor-" + tag))) {
            Outbox outbox = context.getBean(Outbox.class);
            String gone = "crashed-" + tag + "-a1b2c3";
            String alive = "busy-" + tag + "-d4e5f6";
            String legacy = "legacy-" + tag + "-778899";
            Instant now = Instant.now();
            long ofGone = claimed(context, outbox, gone + "/0123456789ab", tag);
            long ofAlive = claimed(context, outbox, alive + "/0123456789ab", tag);
            long ofLegacy = claimed(context, outbox, legacy + "/0123456789ab", tag);
            seen(context, gone, now.minus(Duration.ofMinutes(2)));
            seen(context, alive, now.minus(Duration.ofSeconds(5)));

            context.getBean(InstanceHeartbeat.class).beat();

            OutboxRepository emails = context.getBean(OutboxRepository.class);
            assertEquals("pending", emails.findById(ofGone).orElseThrow().status(), "the gone run's email is due again");
            assertEquals("sending", emails.findById(ofAlive).orElseThrow().status(), "a run seen 5 s ago keeps its claim");
            assertEquals("sending", emails.findById(ofLegacy).orElseThrow().status(), "a run with no heartbeat keeps it");
            List<String> outcomes = context.getBean(OutboxAttemptRepository.class).findByEmailIdOrderById(ofGone).stream()
                    .map(OutboxAttempt::outcome).toList();
            assertEquals(List.of("expired"), outcomes, "recorded as a claim that ended with no outcome");
            assertEquals(1.0, context.getBean(MeterRegistry.class).get("portal.outbox.claims.lost").tag("how", "taken-back")
                    .counter().count());
            assertEquals(List.of(), runs(context, gone), "the gone run's row is forgotten");
            assertEquals(List.of(context.getBean(Dispatcher.class).run()), runs(context, context.getBean(Dispatcher.class).run()),
                    "this instance said it is alive");
        }
    }

    private static long claimed(ApplicationContext context, Outbox outbox, String claimant, String tag) {
        return inTransaction(context, () -> {
            long id = outbox.enqueue(new OutgoingEmail(null, EmailPurpose.TEAM_NOTIFICATION, "team@council.example", null,
                    "[" + tag + "] claimed by " + claimant, "Text", "<p>Text</p>", false));
            Instant until = Instant.now().plus(Duration.ofMinutes(5));
            context.getBean(JdbcOperations.class).prepareStatement("UPDATE outbox_email SET status = 'sending', "
                    + "attempts = 1, claimed_by = ?, claimed_until = ?, next_attempt_at = ? WHERE id = ?", ps -> {
                ps.setString(1, claimant);
                ps.setTimestamp(2, Timestamp.from(until));
                ps.setTimestamp(3, Timestamp.from(until));
                ps.setLong(4, id);
                return ps.executeUpdate();
            });
            return id;
        });
    }

    private static void seen(ApplicationContext context, String run, Instant at) {
        inTransaction(context, () -> context.getBean(JdbcOperations.class).prepareStatement(
                "INSERT INTO outbox_instance (run, seen_at) VALUES (?, ?)", ps -> {
                    ps.setString(1, run);
                    ps.setTimestamp(2, Timestamp.from(at));
                    return ps.executeUpdate();
                }));
    }

    private static List<String> runs(ApplicationContext context, String run) {
        return inTransaction(context, () -> context.getBean(JdbcOperations.class).prepareStatement(
                "SELECT run FROM outbox_instance WHERE run = ?", ps -> {
                    ps.setString(1, run);
                    List<String> found = new java.util.ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getString(1));
                        }
                    }
                    return found;
                }));
    }
}
