package uk.council.complaints.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffSessionRepository extends CrudRepository<StaffSession, String> {

    @Query("update staff_session set last_seen_at = :seen, expires_at = :expires where id_hash = :idHash")
    void touch(String idHash, Instant seen, Instant expires);

    @Query("delete from staff_session where expires_at < :now")
    int deleteExpired(Instant now);

    @Query("delete from staff_session where user_id = :userId")
    void deleteForUser(long userId);

    @Query("delete from staff_session where user_id = :userId and id_hash <> :keptIdHash")
    void deleteForUserExcept(long userId, String keptIdHash);
}
