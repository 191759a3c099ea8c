package uk.council.complaints.api;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiClientRepository extends CrudRepository<ApiClient, Long> {

    Optional<ApiClient> findByTokenHash(String tokenHash);

    List<ApiClient> findAllOrderByName();

    @Query("UPDATE api_client SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
    int revoke(long id, Instant at);

    @Query("UPDATE api_client SET token_hash = :tokenHash, rotated_at = :at WHERE id = :id AND revoked_at IS NULL")
    int rotate(long id, String tokenHash, Instant at);
}
