package uk.council.complaints.youngperson;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LeafletEventRepository extends CrudRepository<LeafletEvent, Long> {
    List<LeafletEvent> findByCaseIdOrderByOccurredAt(long caseId);
}
