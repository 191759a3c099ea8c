package uk.council.complaints.intake;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DraftMovedRepository extends CrudRepository<DraftMoved, String> {

    void deleteByExpiresAtLessThan(Instant cutOff);
}
