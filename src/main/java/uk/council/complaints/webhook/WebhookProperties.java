package uk.council.complaints.webhook;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code portal.webhooks}: which hosts may be reached over plain http, and which may resolve to a loopback, link-local
 * or private address (both empty: https only, public addresses only). Retries and claims are the outbox's
 * ({@code portal.mail.*}).
 */
@ConfigurationProperties("portal.webhooks")
class WebhookProperties {
    private List<String> allowHttpHosts = List.of();
    private List<String> allowPrivateHosts = List.of();
    private Duration timeout = Duration.ofSeconds(10);
    private int disableAfterFailures = 50;

    public List<String> getAllowHttpHosts() { return allowHttpHosts; }
    public void setAllowHttpHosts(List<String> hosts) { this.allowHttpHosts = lower(hosts); }
    public List<String> getAllowPrivateHosts() { return allowPrivateHosts; }
    public void setAllowPrivateHosts(List<String> hosts) { this.allowPrivateHosts = lower(hosts); }
    public Duration getTimeout() { return timeout; }
    public void setTimeout(Duration timeout) { this.timeout = timeout; }
    /** Failed tries in a row (none delivered between) after which the portal switches an endpoint off. */
    public int getDisableAfterFailures() { return disableAfterFailures; }
    public void setDisableAfterFailures(int n) { this.disableAfterFailures = Math.max(1, n); }

    private static List<String> lower(List<String> hosts) {
        return hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }
}
