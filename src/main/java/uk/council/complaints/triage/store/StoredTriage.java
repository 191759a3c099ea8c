package uk.council.complaints.triage.store;

import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A case's triage as stored: for the confirmation page, the queue and the case page.
 *
 * @param reasons every rule that fired, in order, with the sentence staff read
 */
public record StoredTriage(
        long caseId,
        Queue queue,
        Priority priority,
        Set<Flag> flags,
        boolean frontDoorAlert,
        String team,
        String teamMailbox,
        LocalDate acknowledgeBy,
        @Nullable LocalDate responseDue,
        Instant triagedAt,
        List<StoredReason> reasons) {

    public StoredTriage {
        EnumSet<Flag> inOrder = EnumSet.noneOf(Flag.class);
        inOrder.addAll(flags);
        flags = Collections.unmodifiableSet(inOrder);
        reasons = List.copyOf(reasons);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** One rule that fired: its code (for filtering and tests) and its plain-English text. */
    public record StoredReason(String rule, String text) {
    }
}
