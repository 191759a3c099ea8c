package uk.council.complaints.intake;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

@ConfigurationProperties("portal.draft")
class DraftProperties {
    private Duration idleTimeout = Duration.ofMinutes(60);
    private Duration warningBefore = Duration.ofMinutes(5);
    /** Save and come back later (issue 11): how long the emailed link works, and the draft is kept, in days. */
    private int savedDays = 28;

    public Duration getIdleTimeout() { return idleTimeout; }
    public void setIdleTimeout(Duration idleTimeout) { this.idleTimeout = idleTimeout; }
    public Duration getWarningBefore() { return warningBefore; }
    public void setWarningBefore(Duration warningBefore) { this.warningBefore = warningBefore; }
    public int getSavedDays() { return savedDays; }
    public void setSavedDays(int savedDays) { this.savedDays = savedDays; }
    public Duration savedFor() { return Duration.ofDays(savedDays); }
}
