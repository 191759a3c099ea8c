package uk.council.complaints.intake;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SaveEmailSentRepository extends CrudRepository<SaveEmailSent, Long> {

    long countByAddressHashAndSentAtGreaterThan(String addressHash, Instant since);

    void deleteBySentAtLessThan(Instant cutOff);
}
