package uk.council.complaints.api;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiCallRepository extends CrudRepository<ApiCall, Long> {

    /** The most recent calls of one client, newest first. */
    @Query("SELECT * FROM api_call WHERE client_id = :clientId ORDER BY id DESC LIMIT :limit")
    List<ApiCall> latest(long clientId, int limit);

    long countByClientId(long clientId);
}
