package uk.council.complaints.cases;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseChildRepository extends CrudRepository<CaseChild, Long> {

    List<CaseChild> findByCaseIdOrderByPosition(long caseId);

    /** A case made from another carries its children. */
    default void copy(long fromCaseId, long toCaseId) {
        saveAll(findByCaseIdOrderByPosition(fromCaseId).stream().map(c -> c.on(toCaseId)).toList());
    }
}
