package uk.council.complaints.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.notify.MailTestSupport.*;

/** The outbox without an SMTP server (the embedded default): emails are stored with their case, kept, and sent later. */
class OutboxTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static OutgoingEmail ack(CaseEmails emails, SubmittedCase c) {
        return emails.acknowledgement(new AckDetails(c.id(), c.reference(), c.who().email(), c.who().submitterName(),
                SubmissionKind.COMPLAINT, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 7), true));
    }

    @Test
    void theCaseAndItsEmailsAreCommittedOrRolledBackTogether() {
        try (ApplicationContext context = MailTestSupport.start(Map.of())) {
            Outbox outbox = context.getBean(Outbox.class);
            CaseEmails emails = context.getBean(CaseEmails.class);
            String rolledBack = "RB" + token(8);
            assertThrows(IllegalStateException.class, () -> inTransaction(context, () -> {
                SubmittedCase c = saveCase(context, rolledBack, "Kim Parent", "kim@example.org", null);
                outbox.enqueue(ack(emails, c));
                throw new IllegalStateException("the submission fails after the emails were queued");
            }));
            assertFalse(context.getBean(CaseRepository.class).existsByReference(rolledBack));

            String committed = "CM" + token(8);
            SubmittedCase saved = inTransaction(context, () -> {
                SubmittedCase c = saveCase(context, committed, "Kim Parent", "kim@example.org", null);
                outbox.enqueue(ack(emails, c));
                outbox.enqueue(emails.teamNotification(new TeamNotice(c.id(), committed, "Statutory Stage 1", "normal", null)));
                return c;
            });
            assertEquals(2, outbox.forCase(saved.id()).size());
        }
    }

    @Test
    void withoutSmtpEmailsWaitVisiblyAndAreSentWhenSmtpIsConfigured() throws Exception {
        Map<String, Object> database = sharedH2();
        String reference = "WL" + token(8);
        long id;
        try (ApplicationContext context = MailTestSupport.start(database)) {
            Outbox outbox = context.getBean(Outbox.class);
            SubmittedCase saved = inTransaction(context, () -> {
                SubmittedCase c = saveCase(context, reference, "Lee Carer", "lee@example.org", null);
                outbox.enqueue(ack(context.getBean(CaseEmails.class), c));
                return c;
            });
            Thread.sleep(500); // ten polls of the dispatcher, which has nothing to send with
            OutboxEntry entry = outbox.forCase(saved.id()).get(0);
            id = entry.id();
            assertEquals("pending", entry.status());
            assertEquals(0, entry.attempts());
            assertTrue(outbox.leafletEmailedAt(saved.id()).isEmpty());
            Map<String, Object> health = context.getBean(OutboxHealth.class).getHealthInformation();
            assertTrue(health.get("smtp").toString().startsWith("not configured"), health.toString());
        }
        // The same database, now with an SMTP server: the waiting email goes.
        Map<String, Object> later = new HashMap<>(database);
        later.putAll(smtp(greenMail.getSmtp().getPort()));
        try (ApplicationContext context = MailTestSupport.start(later)) {
            assertEquals(1, await(greenMail::getReceivedMessages, reference, 1, Duration.ofSeconds(20)).size());
            awaitTrue(() -> context.getBean(Outbox.class).leafletEmailedAt(
                    context.getBean(OutboxRepository.class).findById(id).orElseThrow().caseId()).isPresent(),
                    Duration.ofSeconds(10), "leaflet recorded as sent");
        }
    }

    @Test
    void afterTheLastAttemptAnEmailFailsAndCanBeRetried() throws Exception {
        try (TryLaterSmtpServer server = new TryLaterSmtpServer()) {
            Map<String, Object> config = new HashMap<>(smtp(server.port()));
            config.putAll(ownSchema("last_attempt"));
            config.put("portal.mail.max-attempts", 3);
            config.put("portal.mail.backoff-base", "10ms");
            lastAttemptThenRetry(config);
        }
    }

    private static void lastAttemptThenRetry(Map<String, Object> config) throws Exception {
        try (ApplicationContext context = MailTestSupport.start(config)) {
            Outbox outbox = context.getBean(Outbox.class);
            OutboxRepository rows = context.getBean(OutboxRepository.class);
            long id = outbox.enqueue(new OutgoingEmail(null, EmailPurpose.ACKNOWLEDGEMENT, "someone@example.org", null,
                    "Retry " + token(8), "text", "<p>html</p>", false));
            awaitTrue(() -> rows.findById(id).orElseThrow().status().equals("failed"), Duration.ofSeconds(20), "failed for good");
            OutboxEmail failed = rows.findById(id).orElseThrow();
            assertEquals(3, failed.attempts());
            assertTrue(failed.lastError().contains("451 try again later"), failed.lastError());
            assertEquals(3, context.getBean(OutboxAttemptRepository.class).findByEmailIdOrderById(id).size());
            Thread.sleep(200);
            assertEquals(3, rows.findById(id).orElseThrow().attempts(), "no more tries after the last");

            assertTrue(outbox.retry(id));
            assertFalse(outbox.retry(id), "only a failed email can be retried");
            awaitTrue(() -> rows.findById(id).orElseThrow().attempts() == 3 && rows.findById(id).orElseThrow().status().equals("failed"),
                    Duration.ofSeconds(20), "three more tries, then failed again");
        }
    }

    @Test
    void anEmailClaimedByAnInstanceThatStoppedIsLeftAloneUntilItsClaimRunsOutThenSentOnce() throws Exception {
        try (ApplicationContext context = MailTestSupport.start(smtp(greenMail.getSmtp().getPort()))) {
            OutboxRepository rows = context.getBean(OutboxRepository.class);
            String subject = "Claimed " + token(8);
            Instant now = Instant.now();
            Instant claimEnds = now.plusSeconds(3);
            // As an instance leaves it when it stops between claiming and recording the outcome.
            long id = rows.save(new OutboxEmail(null, null, "team-notification", TEAM_MAILBOX, null, subject, "text",
                    "<p>html</p>", false, "sending", 1, claimEnds, null, now, null, "stopped-instance/abc123", claimEnds)).id();
            Thread.sleep(1_500);
            assertTrue(received(greenMail::getReceivedMessages, subject).isEmpty(), "not taken while the claim holds");

            assertEquals(1, await(greenMail::getReceivedMessages, subject, 1, Duration.ofSeconds(20)).size());
            Thread.sleep(300);
            assertEquals(1, received(greenMail::getReceivedMessages, subject).size());
            assertTrue(Instant.now().isAfter(claimEnds));
            awaitTrue(() -> rows.findById(id).orElseThrow().status().equals("sent"), Duration.ofSeconds(10), "recorded as sent");
            List<String> outcomes = context.getBean(OutboxAttemptRepository.class).findByEmailIdOrderById(id).stream()
                    .map(OutboxAttempt::outcome).toList();
            assertEquals(List.of("expired", "sent"), outcomes, "the lapsed claim is on record: it may have gone before");
        }
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        MailProperties properties = new MailProperties();
        properties.setBackoffBase(Duration.ofMinutes(1));
        properties.setBackoffMax(Duration.ofHours(1));
        assertEquals(Duration.ofMinutes(1), properties.backoff(1));
        assertEquals(Duration.ofMinutes(2), properties.backoff(2));
        assertEquals(Duration.ofMinutes(32), properties.backoff(6));
        assertEquals(Duration.ofHours(1), properties.backoff(7));
        assertEquals(Duration.ofHours(1), properties.backoff(500));
    }
}
