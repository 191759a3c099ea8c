package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What staff may see of an outbox email on a case: its purpose and progress, not its text. */
public record OutboxEntry(
        long id,
        EmailPurpose purpose,
        String status,
        int attempts,
        Instant createdAt,
        @Nullable Instant sentAt,
        boolean includesLeaflet,
        @Nullable String lastError) {

    static OutboxEntry of(OutboxEmail e) {
        return new OutboxEntry(e.id(), EmailPurpose.of(e.purpose()), e.status(), e.attempts(), e.createdAt(),
                e.sentAt(), e.includesLeaflet(), e.lastError());
    }
}
