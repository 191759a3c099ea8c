package uk.council.complaints.intake;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

@ConfigurationProperties("portal.draft")
class DraftProperties {
    private Duration idleTimeout = Duration.ofMinutes(60);
    private Duration warningBefore = Duration.ofMinutes(5);

    public Duration getIdleTimeout() { return idleTimeout; }
    public void setIdleTimeout(Duration idleTimeout) { this.idleTimeout = idleTimeout; }
    public Duration getWarningBefore() { return warningBefore; }
    public void setWarningBefore(Duration warningBefore) { this.warningBefore = warningBefore; }
}
