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

    /** A draft handed over to a new id takes its files with it (DraftHandOver). */
    @Query("UPDATE evidence_file SET draft_id = :to WHERE draft_id = :from")
    void moveEvidence(String from, String to);

    /** ... and its saved links, spent or not (they count towards the draft's limit of save emails). */
    @Query("UPDATE draft_saved_link SET draft_id = :to WHERE draft_id = :from")
    void moveLinks(String from, String to);
}
