package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One try at sending an outbox email, kept so "what was sent, when, and what went wrong" has an answer. */
@MappedEntity("outbox_attempt")
record OutboxAttempt(
        @Id @GeneratedValue @Nullable Long id,
        Long emailId,
        Instant attemptedAt,
        String claimedBy,
        String outcome,
        @Nullable String error) {

    static final String SENT = "sent";
    static final String FAILED = "failed";
    /** The server or the address check refused it for good: not retried. */
    static final String REJECTED = "rejected";
    /** The claim ran out with no outcome recorded (an instance stopped mid-send): it may have been sent. */
    static final String EXPIRED = "expired";
    /** Sent again after another instance had already sent it: the at-least-once edge, made visible. */
    static final String DUPLICATE = "duplicate";

    static OutboxAttempt of(Long emailId, Instant at, String claimedBy, String outcome, @Nullable String error) {
        return new OutboxAttempt(null, emailId, at, claimedBy, outcome, error);
    }
}
