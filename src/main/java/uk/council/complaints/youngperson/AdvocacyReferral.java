package uk.council.complaints.youngperson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** "I would like an advocate to contact me": recorded on the case; {@code notified}: the service's email is queued. */
@MappedEntity("advocacy_referral")
public record AdvocacyReferral(@Id long caseId, Instant requestedAt, @Nullable String serviceEmail, boolean notified) {
}
