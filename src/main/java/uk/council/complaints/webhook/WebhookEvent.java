package uk.council.complaints.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One event, stored once with its JSON body; its id is the webhook-id of every delivery of it. */
@MappedEntity("webhook_event")
record WebhookEvent(@Id String id, String eventType, long caseId, String payload, Instant occurredAt,
                    @Nullable String overdueKey) {
}
