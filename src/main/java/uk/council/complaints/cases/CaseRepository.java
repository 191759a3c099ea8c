package uk.council.complaints.cases;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseRepository extends CrudRepository<SubmittedCase, Long> {

    Optional<SubmittedCase> findByReference(String reference);

    boolean existsByReference(String reference);
}
