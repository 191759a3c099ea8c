package uk.council.complaints.notify;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Outgoing work other than email claimed under {@link OutboxClaims}: when this instance restarts, or the heartbeat finds a
 * run gone (ADR 0024), its claims are taken back here too, so nothing waits for the claim to run out.
 */
public interface ClaimedWork {
    /** Makes due again at once what a matching claimant holds; the ids taken back. */
    List<Long> takeBack(Predicate<String> claimant, Instant now, String why);
}
