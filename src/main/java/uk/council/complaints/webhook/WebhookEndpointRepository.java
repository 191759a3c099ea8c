package uk.council.complaints.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebhookEndpointRepository extends CrudRepository<WebhookEndpoint, Long> {

    List<WebhookEndpoint> findByActiveOrderById(boolean active);

    List<WebhookEndpoint> findAllOrderById();

    @Query("UPDATE webhook_endpoint SET failures_in_row = 0 WHERE id = :id")
    void resetFailures(long id);

    @Query("UPDATE webhook_endpoint SET failures_in_row = failures_in_row + 1 WHERE id = :id")
    void countFailure(long id);

    /** Switches the endpoint off when it has failed {@code limit} times in a row; 1 when it did so now. */
    @Query("UPDATE webhook_endpoint SET active = FALSE, switched_off_at = :at, switched_off_after = failures_in_row "
            + "WHERE id = :id AND active AND failures_in_row >= :limit")
    int switchOffWhenFailing(long id, int limit, Instant at);
}
