package uk.council.complaints.webhook;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebhookEndpointRepository extends CrudRepository<WebhookEndpoint, Long> {

    List<WebhookEndpoint> findByActiveOrderById(boolean active);

    List<WebhookEndpoint> findAllOrderById();
}
