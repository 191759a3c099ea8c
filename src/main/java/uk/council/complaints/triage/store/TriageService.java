package uk.council.complaints.triage.store;

import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.RepeatKey;
import uk.council.complaints.triage.Triage;
import uk.council.complaints.triage.TriageInput;
import uk.council.complaints.triage.TriageResult;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseChild;
import uk.council.complaints.cases.CaseChildRepository;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.SubmittedCase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Triages a case the moment it is stored, in the caller's transaction, so a case never exists
 * without its queue, team and due dates; and reads the stored triage back.
 */
@Singleton
public class TriageService {
    /** How far back an earlier request by the same person about the same child makes a possible repeat. */
    static final Duration REPEAT_WINDOW = Duration.ofDays(90);

    private final Triage triage;
    private final TriageStore store;
    private final CaseChildRepository children;
    private final Clock clock;

    TriageService(Triage triage, TriageStore store, Clock clock, CaseChildRepository children) {
        this.children = children;
        this.triage = triage;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Triage a case just saved (it must have its id, and its children their case_child rows) and store the result.
     *
     * @param advocacyRequested the young person asked for an advocate (false on journeys that do not ask)
     */
    @Transactional
    public TriageResult triageAndStore(SubmittedCase saved, List<CaseChoice> choices, boolean advocacyRequested) {
        return triageAndStore(saved, choices, advocacyRequested, null);
    }

    /**
     * The same, for a case made by staff from another ({@code madeFrom}: a complaint from a call-back), which is not a
     * repeat of the case it came from.
     */
    @Transactional
    public TriageResult triageAndStore(SubmittedCase saved, List<CaseChoice> choices, boolean advocacyRequested,
                                       @Nullable Long madeFrom) {
        long caseId = Objects.requireNonNull(saved.id(), "the case must be saved before it is triaged");
        return triageWith(saved, children.findByCaseIdOrderByPosition(caseId), choices, advocacyRequested, madeFrom);
    }

    /**
     * The same, for a case whose children the caller has just saved and still holds (the public form's submit): they
     * are not read back.
     */
    @Transactional
    public TriageResult triageNewCase(SubmittedCase saved, List<CaseChild> savedChildren, List<CaseChoice> choices,
                                      boolean advocacyRequested) {
        return triageWith(saved, savedChildren, choices, advocacyRequested, null);
    }

    private TriageResult triageWith(SubmittedCase saved, List<CaseChild> savedChildren, List<CaseChoice> choices,
                                    boolean advocacyRequested, @Nullable Long madeFrom) {
        long caseId = Objects.requireNonNull(saved.id(), "the case must be saved before it is triaged");
        Instant submittedAt = saved.submittedAt();
        String repeatOf = RepeatKey.stage2Of(saved).map(ref -> store.otherStage2For(caseId, ref))
                .orElseGet(() -> RepeatKey.of(saved, savedChildren.stream().map(CaseChild::name).toList())
                        .flatMap(key -> store.recentCaseFor(caseId, madeFrom, key, submittedAt.minus(REPEAT_WINDOW))))
                .orElse(null);
        // The clock starts on the day the council received it (DESIGN section 7), not when it was typed in.
        TriageResult result = triage.triage(new TriageInput(saved, choices, advocacyRequested, repeatOf, saved.receivedOn()));
        store.save(caseId, result, clock.instant());
        return result;
    }

    /** A flag learnt after triage, such as "leaflet sent" once the acknowledgement with the leaflet went out. */
    @Transactional
    public void addFlag(long caseId, Flag flag) {
        store.addFlag(caseId, flag);
    }

    /** The stored triage of a case; empty when the case has none. */
    @Transactional
    public Optional<StoredTriage> find(long caseId) {
        return store.find(caseId);
    }
}
