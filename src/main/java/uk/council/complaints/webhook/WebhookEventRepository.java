package uk.council.complaints.webhook;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebhookEventRepository extends CrudRepository<WebhookEvent, String> {

    List<WebhookEvent> findByIdIn(Collection<String> ids);

    boolean existsByCaseIdAndOverdueKey(long caseId, String overdueKey);
}
