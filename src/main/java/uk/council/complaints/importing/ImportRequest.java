package uk.council.complaints.importing;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

/** An API import's Idempotency-Key (V26 {@code import_request}): the body it came with and the case it made. */
@MappedEntity("import_request")
record ImportRequest(@EmbeddedId Key key, String bodySha256, String caseReference, Instant createdAt) {

    @Embeddable
    record Key(@MappedProperty("client") String client, @MappedProperty("idempotency_key") String idempotencyKey) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Repository extends CrudRepository<ImportRequest, Key> {
    }
}
