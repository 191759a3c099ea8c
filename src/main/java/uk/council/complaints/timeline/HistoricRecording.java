package uk.council.complaints.timeline;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;

import java.util.function.Supplier;

/**
 * A case's earlier history being recorded now (issue 25: a register or another system's case imported with its
 * steps): every event recorded while {@link #during} runs says so ({@link CaseEventRecorded#historic()}), so a
 * listener that tells others of news (webhooks) can leave out what is not news. Carried in Micronaut's propagated
 * context of the importing thread, so it ends with the import: later events on the same case are news again.
 */
public enum HistoricRecording implements PropagatedContextElement {
    INSTANCE;

    /** Runs the work with the events it records marked historic. */
    public static <T> T during(Supplier<T> work) {
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(INSTANCE).propagate()) {
            return work.get();
        }
    }

    /** Whether what is being recorded now is earlier history (an import), not news. */
    public static boolean active() {
        return PropagatedContext.find().flatMap(c -> c.find(HistoricRecording.class)).isPresent();
    }
}
