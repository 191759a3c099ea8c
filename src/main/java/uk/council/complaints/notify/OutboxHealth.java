package uk.council.complaints.notify;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the outbox visible on /health: whether SMTP is configured. Always UP: waiting emails are safe, and the web
 * pages work without SMTP. It does not read the database (ADR 0024: /health answers within 2 s whatever the database
 * does; a database that cannot be read is metrics.DatabaseHealth's to report); the counts of waiting and failed emails
 * are the metrics' (portal_outbox_pending, portal_outbox_failed).
 */
@Singleton
class OutboxHealth extends AbstractHealthIndicator<Map<String, Object>> {
    private final Mailer mailer;

    OutboxHealth(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("smtp", mailer.isConfigured() ? "configured" : "not configured: emails wait in the outbox");
        return details;
    }

    @Override
    protected String getName() {
        return "outbox";
    }
}
