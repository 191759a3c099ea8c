package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Hands a draft over (issue 20, docs/adr/0021): saving to an emailed link and resuming from it each move the answers,
 * files and links to a new id that no browser holds yet. The old id keeps only a marker (DraftMoved), so the browser
 * that held it is told the answers moved, and can no longer see or change them.
 */
@Singleton
class DraftHandOver {
    private final DraftRepository drafts;
    private final DraftMovedRepository moved;
    private final SaveEmailSentRepository sent;
    private final DraftStore store;
    private final Clock clock;

    DraftHandOver(DraftRepository drafts, DraftMovedRepository moved, SaveEmailSentRepository sent, DraftStore store,
                  Clock clock) {
        this.drafts = drafts;
        this.moved = moved;
        this.sent = sent;
        this.store = store;
        this.clock = clock;
    }

    /** Within the caller's transaction, the draft locked: the same answers under a new id, kept until {@code expiresAt}. */
    Draft move(Draft draft, @Nullable String linkHash, Instant expiresAt) {
        Instant now = clock.instant();
        Draft to = drafts.save(new Draft(store.newId(), draft.answers(), draft.createdAt(), now, expiresAt,
                draft.caseReference()));
        drafts.moveEvidence(draft.id(), to.id());
        drafts.moveLinks(draft.id(), to.id());
        drafts.deleteById(draft.id());
        moved.save(new DraftMoved(draft.id(), linkHash, now, now.plus(store.properties().savedFor())));
        return to;
    }

    /** Markers outlive any link that could have been sent from them; the per-address counts last a day. */
    @Scheduled(fixedDelay = "15m", initialDelay = "1m")
    void deleteExpired() {
        Instant now = clock.instant();
        moved.deleteByExpiresAtLessThan(now);
        sent.deleteBySentAtLessThan(now.minus(Duration.ofDays(1)));
    }
}
