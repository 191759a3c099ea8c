package uk.council.complaints.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.notify.MailTestSupport.*;

/**
 * kill -9 in the middle of a send (ADR 0008): the SMTP server took the email, the instance died before
 * recording it. Restarted under the same name, the instance takes its claim back at once (not after the
 * 5-minute claim), sends again with the same Message-ID, and counts it; other instances' claims stay theirs.
 */
class RestartTakeBackTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Test
    void aRestartedInstanceTakesBackItsOwnClaimAtOnceAndResendsWithTheSameMessageId() throws Exception {
        String name = "box-" + token(6).toLowerCase();
        String tag = "TB" + token(8);
        Map<String, Object> config = new HashMap<>(smtp(greenMail.getSmtp().getPort()));
        config.putAll(sharedH2());
        config.put("portal.mail.instance-name", name);
        config.put("portal.mail.claim-timeout", "5m");

        long mine;
        long another;
        try (ApplicationContext first = MailTestSupport.start(config)) {
            Outbox outbox = first.getBean(Outbox.class);
            SubmittedCase saved = inTransaction(first, () -> {
                SubmittedCase c = saveCase(first, tag, "Jo Parent", "jo@example.org", null);
                outbox.enqueue(first.getBean(CaseEmails.class).acknowledgement(new AckDetails(c.id(), tag, c.who().email(),
                        c.who().submitterName(), SubmissionKind.COMPLAINT, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 7), false)));
                outbox.enqueue(first.getBean(CaseEmails.class).teamNotification(new TeamNotice(c.id(), tag, "Statutory Stage 1", "normal", null)));
                return c;
            });
            await(greenMail::getReceivedMessages, tag, 2, Duration.ofSeconds(30));
            List<OutboxEntry> rows = outbox.forCase(saved.id());
            mine = rows.get(0).id();
            another = rows.get(1).id();
            awaitTrue(() -> outbox.forCase(saved.id()).stream().allMatch(e -> "sent".equals(e.status())), Duration.ofSeconds(10),
                    "both recorded as sent");
            // What kill -9 between the server's "250 OK" and the database's "sent" leaves behind: the email
            // still claimed for five minutes by the dead run of this instance. The other email: claimed by
            // another instance whose name starts the same way, which is alive and must keep it.
            Instant until = Instant.now().plus(5, ChronoUnit.MINUTES);
            claim(first, mine, name + "-0a1b2c/00112233aabb", until);
            claim(first, another, name + "-2-0a1b2c/00112233aabb", until);
        }
        int before = greenMail.getReceivedMessages().length;

        Instant restart = Instant.now();
        try (ApplicationContext second = MailTestSupport.start(config)) {
            List<MimeMessage> all = await(greenMail::getReceivedMessages, tag, 3, Duration.ofSeconds(30));
            assertTrue(Duration.between(restart, Instant.now()).toSeconds() < 60, "taken back at once, not after the claim");
            awaitTrue(() -> "sent".equals(status(second, mine)), Duration.ofSeconds(10), "sent again and recorded");
            assertEquals("sending", status(second, another), "another instance's claim is left to it");

            // The copy carries the same Message-ID as the first send, so mail clients can drop it.
            List<MimeMessage> acks = all.stream().filter(m -> messageIdOf(m).contains("outbox-" + mine + "-")).toList();
            assertEquals(2, acks.size(), "the interrupted email went twice (at least once, ADR 0008)");
            assertEquals(acks.get(0).getMessageID(), acks.get(1).getMessageID());
            assertEquals(before + 1, greenMail.getReceivedMessages().length, "only the taken-back email went again");

            List<String> outcomes = second.getBean(OutboxAttemptRepository.class).findByEmailIdOrderById(mine).stream()
                    .map(OutboxAttempt::outcome).toList();
            assertEquals(List.of("sent", "expired", "sent"), outcomes);
            double counted = second.getBean(MeterRegistry.class).get("portal.outbox.claims.lost").tag("how", "taken-back")
                    .counter().count();
            assertEquals(1.0, counted);
        }
    }

    private static void claim(ApplicationContext context, long id, String claimant, Instant until) {
        inTransaction(context, () -> context.getBean(JdbcOperations.class).prepareStatement(
                "UPDATE outbox_email SET status = 'sending', sent_at = NULL, claimed_by = ?, claimed_until = ?, "
                        + "next_attempt_at = ? WHERE id = ?", ps -> {
                    ps.setString(1, claimant);
                    ps.setTimestamp(2, Timestamp.from(until));
                    ps.setTimestamp(3, Timestamp.from(until));
                    ps.setLong(4, id);
                    return ps.executeUpdate();
                }));
    }

    private static String status(ApplicationContext context, long id) {
        return context.getBean(OutboxRepository.class).findById(id).map(OutboxEmail::status).orElse("missing");
    }

    private static String messageIdOf(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
