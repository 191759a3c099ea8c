package uk.council.complaints.webhook;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.council.complaints.notify.ClaimedWork;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** The webhook dispatcher's short transactions, as notify.OutboxStore's for email: nothing is sent inside one. */
@Singleton
class WebhookStore implements ClaimedWork {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookStore.class);
    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final int disableAfterFailures;

    WebhookStore(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints, WebhookProperties properties) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.disableAfterFailures = properties.getDisableAfterFailures();
    }

    @Transactional
    List<WebhookDelivery> claim(String claimant, int limit, Instant now, Instant until) {
        List<Long> ids = deliveries.findDueIdsForUpdate(now, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        deliveries.updateClaim(ids, claimant, until);
        return deliveries.findByIdInOrderById(ids);
    }

    @Transactional
    void sent(WebhookDelivery d, String claimant, Instant at) {
        if (deliveries.updateSent(d.id(), claimant, at) == 0) {
            LOG.warn("Webhook delivery {} was sent again after it had been recorded as sent", d.id());
        }
        endpoints.resetFailures(d.endpointId());
    }

    /**
     * A failed try: again after the backoff, or never when {@code retryAt} is null (refused, or out of attempts).
     * Counted against the endpoint, which is switched off after {@code portal.webhooks.disable-after-failures} in a
     * row (its deliveries then wait until an admin switches it on); true when this failure switched it off.
     */
    @Transactional
    boolean failed(WebhookDelivery d, String claimant, Instant at, String error, @Nullable Instant retryAt) {
        deliveries.updateFailed(d.id(), claimant, retryAt == null ? WebhookDelivery.FAILED : WebhookDelivery.PENDING,
                retryAt == null ? at : retryAt, error);
        endpoints.countFailure(d.endpointId());
        if (endpoints.switchOffWhenFailing(d.endpointId(), disableAfterFailures, at) == 1) {
            LOG.warn("Webhook endpoint {} switched off after {} failed tries in a row; the last: {}", d.endpointId(),
                    disableAfterFailures, error);
            return true;
        }
        return false;
    }

    @Transactional
    void release(List<Long> ids, String claimant, Instant next) {
        if (!ids.isEmpty()) {
            deliveries.updateReleased(ids, claimant, next);
        }
    }

    @Override
    @Transactional
    public List<Long> takeBack(Predicate<String> claimant, Instant now, String why) {
        List<WebhookDelivery> held = deliveries.findSendingForUpdate().stream()
                .filter(d -> d.claimedBy() != null && claimant.test(d.claimedBy())).toList();
        for (WebhookDelivery d : held) {
            deliveries.updateTakenBack(d.id(), d.claimedBy(), now);
            LOG.warn("Webhook delivery {}: {} ({}), with no outcome recorded; sending it again (same webhook-id)",
                    d.id(), why, d.claimedBy());
        }
        return held.stream().map(WebhookDelivery::id).toList();
    }
}
