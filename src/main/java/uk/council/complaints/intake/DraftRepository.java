package uk.council.complaints.intake;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DraftRepository extends CrudRepository<Draft, String> {

    /** Locks the draft so that a double submit, even on two instances, makes one case. */
    @Query("SELECT * FROM draft WHERE id = :id FOR UPDATE")
    Optional<Draft> findByIdForUpdate(String id);

    void update(@io.micronaut.data.annotation.Id String id, Instant expiresAt, Instant updatedAt);

    void deleteByExpiresAtLessThan(Instant cutOff);
}
