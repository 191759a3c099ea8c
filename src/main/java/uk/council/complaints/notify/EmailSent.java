package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * Published once an outbox email has been handed to the SMTP server and recorded as sent, so the
 * case can record it (for example "advocacy leaflet emailed" when {@code includesLeaflet}).
 * Listeners run on the dispatcher's thread: keep them short, and expect no personal data here.
 */
public record EmailSent(long emailId, @Nullable Long caseId, EmailPurpose purpose, boolean includesLeaflet, Instant sentAt) {
}
