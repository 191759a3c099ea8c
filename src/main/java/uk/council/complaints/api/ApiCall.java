package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One call a client made with a valid token (table {@code api_call}): the method, the path and the answer's status. */
@MappedEntity("api_call")
record ApiCall(@Id @GeneratedValue @Nullable Long id, long clientId, Instant calledAt, String method, String path,
               int status) {
}
