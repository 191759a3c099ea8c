package uk.council.complaints.triage.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseFlagRepository extends CrudRepository<CaseFlag, CaseFlag.Key> {

    List<CaseFlag> findByKeyCaseId(long caseId);
}
