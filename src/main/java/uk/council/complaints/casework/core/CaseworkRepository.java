package uk.council.complaints.casework.core;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseworkRepository extends CrudRepository<CaseHandling, Long> {

    /**
     * Moves a case on only from the status the action was decided on: of two people closing the same
     * case at once, one changes it and the other is told it has already happened.
     */
    @Query("update complaint_case set status = :to where id = :caseId and status = :from")
    int moveStatus(long caseId, String from, String to);

    @Query(value = "select id from complaint_case where id = :caseId for update", nativeQuery = true)
    Optional<Long> lockCase(long caseId);
}
