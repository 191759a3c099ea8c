package uk.council.complaints.notify;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxAttemptRepository extends CrudRepository<OutboxAttempt, Long> {

    List<OutboxAttempt> findByEmailIdOrderById(Long emailId);
}
