package uk.council.complaints.triage.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseTriageReasonRepository extends CrudRepository<CaseTriageReason, Long> {

    List<CaseTriageReason> findByCaseIdOrderByPosition(long caseId);
}
