package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import uk.council.complaints.metrics.PortalMetrics;

/** The dispatcher's short transactions: claim a batch, then record each outcome. Nothing is sent inside one. */
@Singleton
class OutboxStore {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxStore.class);
    private final OutboxRepository emails;
    private final OutboxAttemptRepository attempts;
    private final PortalMetrics metrics;

    OutboxStore(OutboxRepository emails, OutboxAttemptRepository attempts, PortalMetrics metrics) {
        this.emails = emails;
        this.attempts = attempts;
        this.metrics = metrics;
    }

    /** Reserves up to {@code limit} due emails for {@code claimant} until {@code until}; other instances skip them. */
    @Transactional
    List<OutboxEmail> claim(String claimant, int limit, Instant now, Instant until) {
        List<Long> ids = emails.findDueIdsForUpdate(now, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        for (OutboxEmail lapsed : emails.findByIdInAndStatusOrderById(ids, OutboxEmail.SENDING)) {
            attempts.save(OutboxAttempt.of(lapsed.id(), now, lapsed.claimedBy(), OutboxAttempt.EXPIRED,
                    "The claim ran out before an outcome was recorded; the email may have been sent"));
            LOG.warn("Email {} ({}): the claim of {} ran out with no outcome; sending it again (same Message-ID)",
                    lapsed.id(), lapsed.purpose(), lapsed.claimedBy());
            metrics.claimLost("lapsed");
        }
        emails.updateClaim(ids, claimant, until);
        return emails.findByIdInOrderById(ids);
    }

    @Transactional
    void sent(OutboxEmail email, String claimant, Instant at) {
        boolean first = emails.updateSent(email.id(), claimant, at) == 1;
        attempts.save(OutboxAttempt.of(email.id(), at, claimant, first ? OutboxAttempt.SENT : OutboxAttempt.DUPLICATE, null));
        if (!first) {
            metrics.claimLost("resent");
            LOG.warn("Email {} ({}) was sent again after its claim ran out", email.id(), email.purpose());
        }
    }

    /**
     * Claims this instance's previous run left behind (a crash or kill -9 before an outcome was recorded):
     * due again at once, each recorded as an expired attempt. {@code ownClaim} says which claims are this
     * instance's, by name; a claim of any other instance is left to run out.
     */
    @Transactional
    List<Long> takeBack(java.util.function.Predicate<String> ownClaim, Instant now) {
        return takeBack(ownClaim, now, "Claimed by this instance before it restarted; the email may have been sent",
                "this instance's previous run");
    }

    /** Claims of runs not seen for a while (InstanceHeartbeat, ADR 0024): due again at once, like a restart's own. */
    @Transactional
    List<Long> takeBackFromGone(java.util.Set<String> goneRuns, Instant now) {
        return takeBack(claimedByOneOf(goneRuns), now, "Claimed by an instance no longer seen; the email may have been sent", "an instance no longer seen");
    }

    /** A claim made by one of these runs (a claimant is its run, a slash, the batch). */
    static java.util.function.Predicate<String> claimedByOneOf(java.util.Set<String> runs) {
        return claimant -> claimant.indexOf('/') > 0 && runs.contains(claimant.substring(0, claimant.indexOf('/')));
    }

    private List<Long> takeBack(java.util.function.Predicate<String> claims, Instant now, String why, String whose) {
        List<OutboxEmail> held = emails.findByStatusForUpdate(OutboxEmail.SENDING).stream()
                .filter(e -> e.claimedBy() != null && claims.test(e.claimedBy())).toList();
        for (OutboxEmail email : held) {
            attempts.save(OutboxAttempt.of(email.id(), now, email.claimedBy(), OutboxAttempt.EXPIRED, why));
            emails.updateTakenBack(email.id(), email.claimedBy(), now);
            LOG.warn("Email {} ({}): claimed by {} ({}), which stopped with no outcome; sending it again (same Message-ID)",
                    email.id(), email.purpose(), whose, email.claimedBy());
            metrics.claimLost("taken-back");
        }
        return held.stream().map(OutboxEmail::id).toList();
    }

    /** Claimed emails left untried (the mail server could not be reached): due again, with no attempt counted. */
    @Transactional
    void release(List<Long> ids, String claimant, Instant now) {
        if (!ids.isEmpty()) {
            emails.updateReleased(ids, claimant, now);
        }
    }

    /** A failed try: another one after the backoff, or none when it was refused or the attempts are used up. */
    @Transactional
    void failed(OutboxEmail email, String claimant, Instant at, String error, boolean refused, @Nullable Instant retryAt) {
        String status = refused || retryAt == null ? OutboxEmail.FAILED : OutboxEmail.PENDING;
        Instant next = retryAt == null ? at : retryAt;
        emails.updateFailed(email.id(), claimant, status, next, error);
        attempts.save(OutboxAttempt.of(email.id(), at, claimant, refused ? OutboxAttempt.REJECTED : OutboxAttempt.FAILED, error));
    }
}
