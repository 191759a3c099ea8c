package uk.council.complaints.intake;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

@ConfigurationProperties("portal.draft")
class DraftProperties {
    private Duration idleTimeout = Duration.ofMinutes(60);
    private Duration warningBefore = Duration.ofMinutes(5);
    /** Save and come back later (issue 11): how long the emailed link works, and the draft is kept, in days. */
    private int savedDays = 28;
    /** Save emails one address may be sent in a day, and one person's answers may be saved to (issue 20). */
    private int saveEmailsPerAddress = 5;
    private int saveEmailsPerDraft = 5;

    public Duration getIdleTimeout() { return idleTimeout; }
    public void setIdleTimeout(Duration idleTimeout) { this.idleTimeout = idleTimeout; }
    public Duration getWarningBefore() { return warningBefore; }
    public void setWarningBefore(Duration warningBefore) { this.warningBefore = warningBefore; }
    public int getSavedDays() { return savedDays; }
    public void setSavedDays(int savedDays) { this.savedDays = savedDays; }
    public int getSaveEmailsPerAddress() { return saveEmailsPerAddress; }
    public void setSaveEmailsPerAddress(int saveEmailsPerAddress) { this.saveEmailsPerAddress = saveEmailsPerAddress; }
    public int getSaveEmailsPerDraft() { return saveEmailsPerDraft; }
    public void setSaveEmailsPerDraft(int saveEmailsPerDraft) { this.saveEmailsPerDraft = saveEmailsPerDraft; }
    public Duration savedFor() { return Duration.ofDays(savedDays); }
}
