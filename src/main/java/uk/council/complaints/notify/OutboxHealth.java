package uk.council.complaints.notify;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the outbox visible on /health: whether SMTP is configured and how many emails wait or failed.
 * Always UP: waiting emails are safe, and the web pages work without SMTP; a database that cannot be
 * read is the jdbc indicator's to report. Counts only, no personal data.
 */
@Singleton
class OutboxHealth extends AbstractHealthIndicator<Map<String, Object>> {
    private final Outbox outbox;
    private final Mailer mailer;

    OutboxHealth(Outbox outbox, Mailer mailer) {
        this.outbox = outbox;
        this.mailer = mailer;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("smtp", mailer.isConfigured() ? "configured" : "not configured: emails wait in the outbox");
        try {
            details.putAll(outbox.countByStatus());
        } catch (RuntimeException e) {
            details.put("counts", "unavailable");
        }
        return details;
    }

    @Override
    protected String getName() {
        return "outbox";
    }
}
