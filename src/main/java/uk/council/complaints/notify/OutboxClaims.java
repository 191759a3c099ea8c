package uk.council.complaints.notify;

import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The outbox's claim and retry rules (ADR 0008, 0024) for other kinds of outgoing work (webhook deliveries, issue 25):
 * claims are made in this instance's run's name, so a restart or the heartbeat takes them back as it does emails';
 * retries use the same attempts and backoff ({@code portal.mail.*}).
 */
@Singleton
public class OutboxClaims {
    private final Dispatcher dispatcher;
    private final MailProperties properties;

    OutboxClaims(Dispatcher dispatcher, MailProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    /** A claimant for one batch: this run, a slash, 12 hex digits. */
    public String newClaimant() {
        return dispatcher.newClaimant();
    }

    public Duration claimTimeout() {
        return properties.getClaimTimeout();
    }

    public int batchSize() {
        return properties.getBatchSize();
    }

    public int maxAttempts() {
        return properties.getMaxAttempts();
    }

    /** The wait after the n-th failed attempt (n from 1). */
    public Duration backoff(int attempts) {
        return properties.backoff(attempts);
    }
}
