package uk.council.complaints.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One event on its way to one endpoint: pending, sending (claimed), sent or failed, as an outbox email is. */
@MappedEntity("webhook_delivery")
record WebhookDelivery(
        @Id @GeneratedValue @Nullable Long id,
        long endpointId,
        String eventId,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String claimedBy,
        @Nullable Instant claimedUntil) {

    static final String PENDING = "pending";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";

    static WebhookDelivery pending(long endpointId, String eventId, Instant now) {
        return new WebhookDelivery(null, endpointId, eventId, PENDING, 0, now, null, now, null, null, null);
    }
}
