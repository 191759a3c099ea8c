package uk.council.complaints.cases;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ImportedCaseRepository extends CrudRepository<ImportedCase, Long> {

    boolean existsBySourceReference(String sourceReference);
}
