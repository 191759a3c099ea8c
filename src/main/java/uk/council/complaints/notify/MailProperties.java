package uk.council.complaints.notify;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code portal.mail}: who emails are from, and how the outbox retries. The SMTP server itself is
 * micronaut-email's {@code javamail.properties} ({@code mail.smtp.host} and so on): without a host,
 * emails wait in the outbox.
 */
@ConfigurationProperties("portal.mail")
class MailProperties {
    private boolean enabled = true;
    /** Blank: the council's address ({@code portal.council.email}). */
    private String from = "";
    private String fromName = "";
    /** Where team notifications go when the routing directory names no mailbox. Blank: the council's address. */
    private String teamMailbox = "";
    private int batchSize = 20;
    /** How long a claimed email is reserved for one instance; it is sent again only after this. */
    private Duration claimTimeout = Duration.ofMinutes(5);
    private int maxAttempts = 30;
    private Duration backoffBase = Duration.ofMinutes(1);
    private Duration backoffMax = Duration.ofHours(1);

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getFromName() { return fromName; }
    public void setFromName(String fromName) { this.fromName = fromName; }
    public String getTeamMailbox() { return teamMailbox; }
    public void setTeamMailbox(String teamMailbox) { this.teamMailbox = teamMailbox; }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = Math.max(1, batchSize); }
    public Duration getClaimTimeout() { return claimTimeout; }
    public void setClaimTimeout(Duration claimTimeout) { this.claimTimeout = claimTimeout; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = Math.max(1, maxAttempts); }
    public Duration getBackoffBase() { return backoffBase; }
    public void setBackoffBase(Duration backoffBase) { this.backoffBase = backoffBase; }
    public Duration getBackoffMax() { return backoffMax; }
    public void setBackoffMax(Duration backoffMax) { this.backoffMax = backoffMax; }

    /** Exponential backoff after the n-th failed attempt (n from 1): base, 2 base, 4 base... up to the maximum. */
    Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = backoffBase.multipliedBy(1L << doublings);
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
