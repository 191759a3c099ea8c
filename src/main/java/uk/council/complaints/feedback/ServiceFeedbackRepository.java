package uk.council.complaints.feedback;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ServiceFeedbackRepository extends CrudRepository<ServiceFeedback, Long> {

    /** The newest answers first, at most 500 of them, for the team's page. */
    List<ServiceFeedback> findTop500OrderByIdDesc();
}
