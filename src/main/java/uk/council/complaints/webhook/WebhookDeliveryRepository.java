package uk.council.complaints.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** The outbox_email queries (notify.OutboxRepository, ADR 0008) for webhook deliveries; disabled endpoints' wait. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebhookDeliveryRepository extends CrudRepository<WebhookDelivery, Long> {

    @Query("SELECT id FROM webhook_delivery WHERE status IN ('pending', 'sending') AND next_attempt_at <= :now "
            + "AND endpoint_id IN (SELECT e.id FROM webhook_endpoint e WHERE e.active) "
            + "ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Long> findDueIdsForUpdate(Instant now, int limit);

    @Query("UPDATE webhook_delivery SET status = 'sending', attempts = attempts + 1, claimed_by = :claimant, "
            + "claimed_until = :until, next_attempt_at = :until WHERE id IN (:ids)")
    int updateClaim(List<Long> ids, String claimant, Instant until);

    List<WebhookDelivery> findByIdInOrderById(List<Long> ids);

    @Query("SELECT * FROM webhook_delivery WHERE status = 'sending' ORDER BY id FOR UPDATE")
    List<WebhookDelivery> findSendingForUpdate();

    /** Claimed but not tried (its endpoint was found away on this poll): due again then, its attempt given back. */
    @Query("UPDATE webhook_delivery SET status = 'pending', attempts = attempts - 1, next_attempt_at = :next, "
            + "claimed_by = NULL, claimed_until = NULL WHERE id IN (:ids) AND status = 'sending' AND claimed_by = :claimant")
    int updateReleased(List<Long> ids, String claimant, Instant next);

    @Query("UPDATE webhook_delivery SET status = 'pending', next_attempt_at = :now, claimed_until = NULL "
            + "WHERE id = :id AND status = 'sending' AND claimed_by = :claimant")
    int updateTakenBack(Long id, String claimant, Instant now);

    @Query("UPDATE webhook_delivery SET status = 'sent', sent_at = :at, claimed_by = :claimant, claimed_until = NULL, "
            + "last_error = NULL WHERE id = :id AND status <> 'sent'")
    int updateSent(Long id, String claimant, Instant at);

    @Query("UPDATE webhook_delivery SET status = :status, next_attempt_at = :next, last_error = :error, claimed_until = NULL "
            + "WHERE id = :id AND status = 'sending' AND claimed_by = :claimant")
    int updateFailed(Long id, String claimant, String status, Instant next, String error);

    /** An admin's resend: the same event (same webhook-id) again, with a fresh set of attempts. */
    @Query("UPDATE webhook_delivery SET status = 'pending', attempts = 0, next_attempt_at = :now, claimed_by = NULL, "
            + "claimed_until = NULL WHERE id = :id AND endpoint_id = :endpointId AND status IN ('sent', 'failed')")
    int updateResend(Long id, Long endpointId, Instant now);

    /**
     * An endpoint's deliveries locked in id order, before the endpoint itself: the dispatcher updates a delivery and
     * then its endpoint's failure count in one transaction, so a delete that locked the endpoint first (its cascade
     * second) could deadlock with it (seen on PostgreSQL).
     */
    @Query("SELECT id FROM webhook_delivery WHERE endpoint_id = :endpointId ORDER BY id FOR UPDATE")
    List<Long> lockAllOfEndpoint(Long endpointId);

    @Query("DELETE FROM webhook_delivery WHERE endpoint_id = :endpointId")
    int deleteAllOfEndpoint(Long endpointId);

    @Query("SELECT * FROM webhook_delivery WHERE endpoint_id = :endpointId ORDER BY id DESC LIMIT :limit")
    List<WebhookDelivery> findLatest(Long endpointId, int limit);
}
