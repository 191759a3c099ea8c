package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of the outbox: one email and where it is on its way (pending, sending, sent or failed). */
@MappedEntity("outbox_email")
record OutboxEmail(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long caseId,
        String purpose,
        String recipient,
        @Nullable String recipientName,
        String subject,
        String textBody,
        String htmlBody,
        boolean includesLeaflet,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String claimedBy,
        @Nullable Instant claimedUntil) {

    static final String PENDING = "pending";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";

    static OutboxEmail pending(OutgoingEmail email, Instant now) {
        return new OutboxEmail(null, email.caseId(), email.purpose().code(), email.recipient(), email.recipientName(),
                email.subject(), email.textBody(), email.htmlBody(), email.includesLeaflet(), PENDING, 0, now,
                null, now, null, null, null);
    }

    /** Kept for staff to see and retry, never sent: the address cannot be used as it is. */
    static OutboxEmail undeliverable(OutgoingEmail email, Instant now, String reason) {
        String recipient = email.recipient().length() > MailText.MAX_ADDRESS
                ? email.recipient().substring(0, MailText.MAX_ADDRESS) : email.recipient();
        return new OutboxEmail(null, email.caseId(), email.purpose().code(), recipient, email.recipientName(),
                email.subject(), email.textBody(), email.htmlBody(), email.includesLeaflet(), FAILED, 0, now,
                reason, now, null, null, null);
    }
}
