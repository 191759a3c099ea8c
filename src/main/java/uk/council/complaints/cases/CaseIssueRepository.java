package uk.council.complaints.cases;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseIssueRepository extends CrudRepository<CaseIssue, Long> {

    List<CaseIssue> findByCaseIdOrderByPosition(long caseId);

    void deleteByCaseId(long caseId);
}
