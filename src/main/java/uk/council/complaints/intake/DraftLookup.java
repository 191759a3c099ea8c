package uk.council.complaints.intake;

import java.util.Optional;

/** The result of following a person's draft cookie. */
record DraftLookup(State state, Optional<Draft> draft) {
    enum State { NONE, EXPIRED, LIVE }

    static DraftLookup none() {
        return new DraftLookup(State.NONE, Optional.empty());
    }

    static DraftLookup expired() {
        return new DraftLookup(State.EXPIRED, Optional.empty());
    }

    static DraftLookup live(Draft draft) {
        return new DraftLookup(State.LIVE, Optional.of(draft));
    }
}
