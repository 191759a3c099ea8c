package uk.council.complaints.triage;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a new case goes and why: the outcome of {@link Triage}, before it is stored.
 *
 * @param frontDoorAlert the person said a child is at risk now: the children's front door must be told at once
 * @param responseDue    null for queues that only acknowledge (compliments, signpost)
 * @param reasons        every rule that fired, in the order it fired
 */
public record TriageResult(
        Queue queue,
        Priority priority,
        Set<Flag> flags,
        boolean frontDoorAlert,
        String team,
        String teamMailbox,
        LocalDate acknowledgeBy,
        @Nullable LocalDate responseDue,
        List<Reason> reasons) {

    public TriageResult {
        EnumSet<Flag> inOrder = EnumSet.noneOf(Flag.class);
        inOrder.addAll(flags);
        flags = Collections.unmodifiableSet(inOrder);
        reasons = List.copyOf(reasons);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** Whether a rule with this code fired. */
    public boolean fired(String rule) {
        return reasons.stream().anyMatch(r -> r.rule().equals(rule));
    }
}
