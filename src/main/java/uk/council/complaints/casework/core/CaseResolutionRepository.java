package uk.council.complaints.casework.core;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseResolutionRepository extends CrudRepository<CaseResolution, CaseResolution.Key> {

    List<CaseResolution> findByKeyCaseId(long caseId);

    @Query("delete from case_resolution where case_id = :caseId")
    void deleteForCase(long caseId);
}
