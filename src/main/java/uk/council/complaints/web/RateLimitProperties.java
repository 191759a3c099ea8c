package uk.council.complaints.web;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

@ConfigurationProperties("portal.rate-limit")
class RateLimitProperties {
    private long capacity = 60;
    private Duration period = Duration.ofMinutes(10);
    private int maxClients = 50_000;

    public long getCapacity() { return capacity; }
    public void setCapacity(long capacity) { this.capacity = capacity; }
    public Duration getPeriod() { return period; }
    public void setPeriod(Duration period) { this.period = period; }
    public int getMaxClients() { return maxClients; }
    public void setMaxClients(int maxClients) { this.maxClients = maxClients; }
}
