package uk.council.complaints.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignInFailureRepository extends CrudRepository<SignInFailure, String> {

    /** An admin lifting every lock on an address, from whichever client. */
    @Query("delete from staff_sign_in_failure where email_key = :emailKey")
    void deleteByEmailKey(String emailKey);

    @Query("delete from staff_sign_in_failure where last_failure_at < :before and (locked_until is null or locked_until < :before)")
    int deleteOlderThan(Instant before);
}
