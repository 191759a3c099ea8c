package uk.council.complaints.notify;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends CrudRepository<OutboxEmail, Long> {

    /**
     * The ids of due emails, row-locked until the claim commits. Rows another instance is claiming are skipped,
     * not waited for. The same SQL runs on PostgreSQL and H2 2.3 (H2 skips locked rows after the
     * limit, so it may return fewer: still safe). A row in 'sending' is due again once its claim ran out.
     * Ids only: should PostgreSQL sort the due rows rather than read its index (statistics from before an outage's
     * backlog), it sorts narrow rows in memory, not every waiting email's bodies on disk.
     */
    @Query("SELECT id FROM outbox_email WHERE status IN ('pending', 'sending') AND next_attempt_at <= :now "
            + "ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Long> findDueIdsForUpdate(Instant now, int limit);

    /** Issue 25: the emails an imported case's steps queued, before any was sent (the same transaction). */
    @Query("DELETE FROM outbox_email WHERE case_id IN (:caseIds) AND status = 'pending' AND sent_at IS NULL")
    int deletePendingForCases(List<Long> caseIds);

    List<OutboxEmail> findByIdInAndStatusOrderById(List<Long> ids, String status);

    /** The attempt is counted when it starts, so an email that stops its sender every time still runs out of attempts. */
    @Query("UPDATE outbox_email SET status = 'sending', attempts = attempts + 1, claimed_by = :claimant, "
            + "claimed_until = :until, next_attempt_at = :until WHERE id IN (:ids)")
    int updateClaim(List<Long> ids, String claimant, Instant until);

    List<OutboxEmail> findByIdInOrderById(List<Long> ids);

    /** The emails being sent now, row-locked: few (a batch per instance at most). */
    @Query("SELECT * FROM outbox_email WHERE status = :status ORDER BY id FOR UPDATE")
    List<OutboxEmail> findByStatusForUpdate(String status);

    /**
     * Emails claimed but never tried (the mail server could not be reached): due again at once, their claim's attempt
     * given back, since none was made.
     */
    @Query("UPDATE outbox_email SET status = 'pending', attempts = attempts - 1, next_attempt_at = :now, claimed_by = NULL, "
            + "claimed_until = NULL WHERE id IN (:ids) AND status = 'sending' AND claimed_by = :claimant")
    int updateReleased(List<Long> ids, String claimant, Instant now);

    /** A claim this instance held before it restarted: due again at once (the attempt stays counted). */
    @Query("UPDATE outbox_email SET status = 'pending', next_attempt_at = :now, claimed_until = NULL "
            + "WHERE id = :id AND status = 'sending' AND claimed_by = :claimant")
    int updateTakenBack(Long id, String claimant, Instant now);

    /** Whoever sent it marks it sent, even on a lapsed claim: the email is out, so it must not go again. */
    @Query("UPDATE outbox_email SET status = 'sent', sent_at = :at, claimed_by = :claimant, claimed_until = NULL, "
            + "last_error = NULL WHERE id = :id AND status <> 'sent'")
    int updateSent(Long id, String claimant, Instant at);

    /** Only the current claim may record a failure: a late one from a lapsed claim changes nothing. */
    @Query("UPDATE outbox_email SET status = :status, next_attempt_at = :next, last_error = :error, claimed_until = NULL "
            + "WHERE id = :id AND status = 'sending' AND claimed_by = :claimant")
    int updateFailed(Long id, String claimant, String status, Instant next, String error);

    @Query("UPDATE outbox_email SET status = 'pending', attempts = 0, next_attempt_at = :now, claimed_by = NULL, "
            + "claimed_until = NULL WHERE id = :id AND status = 'failed'")
    int updateRequeue(Long id, Instant now);

    long countByStatus(String status);

    List<OutboxEmail> findByCaseIdOrderById(Long caseId);
}
