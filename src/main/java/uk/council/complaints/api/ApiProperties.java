package uk.council.complaints.api;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** portal.api: each client's rate limit (docs/adr/0029-api-clients-and-tokens.md). */
@ConfigurationProperties("portal.api")
class ApiProperties {
    /** Calls one client may make in {@link #period} (a burst of this many, refilled evenly over the period). */
    private long callsPerPeriod = 600;
    private Duration period = Duration.ofMinutes(1);
    /** Clients whose buckets this instance keeps in memory (the most recently seen). */
    private int maxClients = 1000;
    /** Cases or events one page of a list answers at most (a client may ask for fewer). */
    private int pageSize = 100;
    /** The events feed answers only events at least this old (EventFeed: ids are not given in commit order). */
    private Duration eventsSettle = Duration.ofSeconds(5);

    public long getCallsPerPeriod() { return callsPerPeriod; }
    public void setCallsPerPeriod(long callsPerPeriod) { this.callsPerPeriod = callsPerPeriod; }
    public Duration getPeriod() { return period; }
    public void setPeriod(Duration period) { this.period = period; }
    public int getMaxClients() { return maxClients; }
    public void setMaxClients(int maxClients) { this.maxClients = maxClients; }
    public int getPageSize() { return pageSize; }
    public void setPageSize(int pageSize) { this.pageSize = pageSize; }
    public Duration getEventsSettle() { return eventsSettle; }
    public void setEventsSettle(Duration eventsSettle) { this.eventsSettle = eventsSettle; }
}
