package uk.council.complaints.retention;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Deletes closed cases once the council's retention period (the one the privacy notice states) has
 * passed since they were closed, with their answers, triage, emails, timeline and leaflet records.
 * Equality monitoring is kept: it is not linked to anyone. Safe on every instance at once.
 */
@Singleton
class ClosedCaseRetention {
    private static final Logger LOG = LoggerFactory.getLogger(ClosedCaseRetention.class);
    private final CaseRepository cases;
    private final RetentionProperties retention;
    private final Clock clock;

    ClosedCaseRetention(CaseRepository cases, RetentionProperties retention, Clock clock) {
        this.cases = cases;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "10m")
    @Transactional
    int deleteExpired() {
        Instant closedBefore = clock.instant().atZone(ClockFactory.COUNCIL_ZONE)
                .minusYears(retention.getClosedCaseYears()).toInstant();
        int deleted = cases.deleteClosedBefore(closedBefore);
        if (deleted > 0) {
            LOG.info("Retention: deleted {} cases closed before {}", deleted, closedBefore);
        }
        return deleted;
    }
}
