package uk.council.complaints.notify;

import jakarta.inject.Singleton;
import jakarta.mail.internet.AddressException;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Emails waiting to be sent. {@link #enqueue} writes in the caller's transaction, so a case and the
 * emails it causes are stored together or not at all; the dispatcher sends them afterwards.
 */
@Singleton
public class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private final OutboxRepository emails;
    private final Clock clock;

    Outbox(OutboxRepository emails, Clock clock) {
        this.emails = emails;
        this.clock = clock;
    }

    /**
     * Stores the email for sending; joins the caller's transaction (or starts one). An address that
     * cannot be used is stored as failed rather than thrown, so a bad address never fails a submission.
     *
     * @return the outbox id
     */
    @Transactional
    public long enqueue(OutgoingEmail email) {
        return enqueueAll(List.of(email)).get(0);
    }

    /** The same for several emails, stored in one batch (a new case's acknowledgement and team notice). */
    @Transactional
    public List<Long> enqueueAll(List<OutgoingEmail> outgoing) {
        Instant now = clock.instant();
        List<OutboxEmail> rows = outgoing.stream().map(email -> row(Objects.requireNonNull(email, "email"), now)).toList();
        List<Long> ids = new ArrayList<>();
        for (OutboxEmail saved : emails.saveAll(rows)) {
            if (OutboxEmail.FAILED.equals(saved.status())) {
                LOG.warn("Email {} ({}) has an address that cannot be used: kept as failed", saved.id(), saved.purpose());
            }
            ids.add(saved.id());
        }
        return ids;
    }

    private static OutboxEmail row(OutgoingEmail email, Instant now) {
        try {
            MailText.strictAddress(email.recipient());
            return OutboxEmail.pending(email, now);
        } catch (AddressException e) {
            return OutboxEmail.undeliverable(email, now, "Invalid recipient address");
        }
    }

    /**
     * Issue 25: a case imported from an earlier register is not news to anyone, so the emails its steps queued (an
     * acknowledgement, a response, a closure) are dropped in the transaction that queued them, before any is sent.
     */
    public int dropUnsent(List<Long> caseIds) {
        return caseIds.isEmpty() ? 0 : emails.deletePendingForCases(caseIds);
    }

    /** The emails of a case, oldest first: for the case's timeline ("sent what, when"). */
    public List<OutboxEntry> forCase(long caseId) {
        return emails.findByCaseIdOrderById(caseId).stream().map(OutboxEntry::of).toList();
    }

    /** When the advocacy leaflet was first emailed for the case: empty until such an email has been sent. */
    public Optional<Instant> leafletEmailedAt(long caseId) {
        return emails.findByCaseIdOrderById(caseId).stream()
                .filter(e -> e.includesLeaflet() && e.sentAt() != null)
                .map(OutboxEmail::sentAt)
                .min(Instant::compareTo);
    }

    /** How many emails are pending, sending, sent and failed: visible when no SMTP server is configured. */
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of(OutboxEmail.PENDING, OutboxEmail.SENDING, OutboxEmail.SENT, OutboxEmail.FAILED)) {
            counts.put(status, emails.countByStatus(status));
        }
        return counts;
    }

    /** Puts a failed email back in the queue with a fresh set of attempts; false when it had not failed. */
    @Transactional
    public boolean retry(long emailId) {
        return emails.updateRequeue(emailId, clock.instant()) == 1;
    }
}
