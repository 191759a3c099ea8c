package uk.council.complaints.web;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

@ConfigurationProperties("portal.rate-limit")
class RateLimitProperties {
    /** Posts one draft (one person's journey) may make in {@link #period}. */
    private long capacity = 60;
    /** Posts one network address may make in {@link #period}, whatever the drafts: out of reach of a shared connection. */
    private long perAddressCapacity = 1500;
    /**
     * Posts one network address may make in {@link #period} to the forms that send an email or keep an answer
     * anyone may post ("Save and come back later", feedback): far fewer than the general limit (issue 20).
     */
    private long emailAndFeedbackPerAddress = 30;
    private Duration period = Duration.ofMinutes(10);
    private int maxClients = 50_000;

    public long getCapacity() { return capacity; }
    public void setCapacity(long capacity) { this.capacity = capacity; }
    public long getPerAddressCapacity() { return perAddressCapacity; }
    public void setPerAddressCapacity(long perAddressCapacity) { this.perAddressCapacity = perAddressCapacity; }
    public long getEmailAndFeedbackPerAddress() { return emailAndFeedbackPerAddress; }
    public void setEmailAndFeedbackPerAddress(long emailAndFeedbackPerAddress) { this.emailAndFeedbackPerAddress = emailAndFeedbackPerAddress; }
    public Duration getPeriod() { return period; }
    public void setPeriod(Duration period) { this.period = period; }
    public int getMaxClients() { return maxClients; }
    public void setMaxClients(int maxClients) { this.maxClients = maxClients; }
}
