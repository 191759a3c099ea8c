package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A save email sent, for the per-address daily limit: the address's SHA-256 only, kept a day (issue 20). */
@MappedEntity("save_email_sent")
record SaveEmailSent(@Id @GeneratedValue @Nullable Long id, String addressHash, Instant sentAt) {
}
