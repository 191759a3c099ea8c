package uk.council.complaints.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An address a council system gave for events, the event types it wants (space-separated codes) and its secret;
 * when the portal switched it off after failing in a row, and after how many failures (V29; cleared when an admin
 * switches it on or off).
 */
@MappedEntity("webhook_endpoint")
record WebhookEndpoint(
        @Id @GeneratedValue @Nullable Long id,
        String url,
        String eventTypes,
        String secret,
        boolean active,
        Instant createdAt,
        String createdBy,
        @Nullable Instant rotatedAt,
        @Nullable Instant switchedOffAt,
        @Nullable Integer switchedOffAfter) {

    List<WebhookEventType> types() {
        return Arrays.stream(eventTypes.split(" ")).map(WebhookEventType::ofCode).flatMap(java.util.Optional::stream).toList();
    }

    boolean wants(WebhookEventType type) {
        return active && types().contains(type);
    }

    WebhookEndpoint withActive(boolean on) {
        return new WebhookEndpoint(id, url, eventTypes, secret, on, createdAt, createdBy, rotatedAt, null, null);
    }

    WebhookEndpoint withSecret(String newSecret, Instant at) {
        return new WebhookEndpoint(id, url, eventTypes, newSecret, active, createdAt, createdBy, at, switchedOffAt,
                switchedOffAfter);
    }
}
