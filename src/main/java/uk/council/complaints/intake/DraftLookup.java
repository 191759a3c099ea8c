package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.web.PublicFormException;

import java.util.Optional;

/**
 * The result of following a person's draft cookie. MOVED: the answers were handed over to an emailed link (saved
 * here, or resumed from the link elsewhere); {@code linkHash} names the link this browser saved them to, if it did.
 */
record DraftLookup(State state, Optional<Draft> draft, @Nullable String linkHash) {
    enum State { NONE, EXPIRED, MOVED, LIVE }

    static DraftLookup none() {
        return new DraftLookup(State.NONE, Optional.empty(), null);
    }

    static DraftLookup expired() {
        return new DraftLookup(State.EXPIRED, Optional.empty(), null);
    }

    static DraftLookup moved(@Nullable String linkHash) {
        return new DraftLookup(State.MOVED, Optional.empty(), linkHash);
    }

    static DraftLookup live(Draft draft) {
        return new DraftLookup(State.LIVE, Optional.of(draft), null);
    }

    /** The cookie names answers this browser no longer has: expired, or moved to an emailed link. */
    boolean isGone() {
        return state == State.EXPIRED || state == State.MOVED;
    }

    /** The page that says which: "deleted" or "moved to the link we emailed". */
    PublicFormException gonePage() {
        return state == State.MOVED ? PublicFormException.moved() : PublicFormException.expired();
    }
}
