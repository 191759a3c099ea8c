package uk.council.complaints.triage.store;

import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.Reason;
import uk.council.complaints.triage.TriageResult;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A case's triage as stored: for the confirmation page, the queue and the case page. A {@link TriageResult} becomes one
 * only through {@link #of}, the one mapping between the two (issue 24), and is stored from it.
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

    /** The triage a result is stored as: every part of it, its reasons in words. */
    public static StoredTriage of(long caseId, TriageResult result, Instant triagedAt, Function<Reason, String> words) {
        return new StoredTriage(caseId, result.queue(), result.priority(), result.flags(), result.frontDoorAlert(),
                result.team(), result.teamMailbox(), result.acknowledgeBy(), result.responseDue(), triagedAt,
                result.reasons().stream().map(r -> new StoredReason(r.rule(), words.apply(r))).toList());
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** One rule that fired: its code (for filtering and tests) and its plain-English text. */
    public record StoredReason(String rule, String text) {
    }
}
