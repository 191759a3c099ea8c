package uk.council.complaints.timeline;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseEventRepository extends CrudRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseIdOrderById(long caseId);
}
