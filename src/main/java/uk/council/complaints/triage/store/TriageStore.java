package uk.council.complaints.triage.store;

import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.ReasonText;
import uk.council.complaints.triage.RepeatKey;
import uk.council.complaints.triage.TriageResult;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Saves and reads a case's triage: the row, its flags and its reasons (already in words). */
@Singleton
class TriageStore {
    private final CaseTriageRepository triages;
    private final CaseFlagRepository flags;
    private final CaseTriageReasonRepository reasons;
    private final ReasonText reasonText;

    TriageStore(CaseTriageRepository triages, CaseFlagRepository flags, CaseTriageReasonRepository reasons,
                ReasonText reasonText) {
        this.triages = triages;
        this.flags = flags;
        this.reasons = reasons;
        this.reasonText = reasonText;
    }

    void addFlag(long caseId, Flag flag) {
        CaseFlag row = CaseFlag.of(caseId, flag);
        if (!flags.existsById(row.key())) {
            flags.save(row);
        }
    }

    void save(long caseId, TriageResult result, Instant triagedAt) {
        StoredTriage t = StoredTriage.of(caseId, result, triagedAt, reasonText::render);
        triages.save(new CaseTriage(caseId, t.queue(), t.priority(), t.team(), t.teamMailbox(),
                t.acknowledgeBy(), t.responseDue(), t.triagedAt(), t.frontDoorAlert()));
        flags.saveAll(t.flags().stream().map(flag -> CaseFlag.of(caseId, flag)).toList());
        List<CaseTriageReason> rows = new ArrayList<>();
        for (StoredTriage.StoredReason reason : t.reasons()) {
            rows.add(new CaseTriageReason(null, caseId, rows.size() + 1, reason.rule(), reason.text()));
        }
        reasons.saveAll(rows);
    }

    Optional<StoredTriage> find(long caseId) {
        return triages.findById(caseId).map(row -> new StoredTriage(caseId, row.queue(), row.priority(),
                flags.findByKeyCaseId(caseId).stream().map(CaseFlag::flag).collect(Collectors.toSet()),
                row.frontDoorAlert(), row.team(), row.teamMailbox(), row.acknowledgeBy(), row.responseDue(),
                row.triagedAt(), reasons.findByCaseIdOrderByPosition(caseId).stream()
                        .map(r -> new StoredTriage.StoredReason(r.rule(), r.reason())).toList()));
    }

    /**
     * The latest other complaint or call-back by the same person about any of the same children since then, if any, other than
     * the case this one was made from ({@code madeFrom}, or null).
     */
    Optional<String> recentCaseFor(long caseId, Long madeFrom, RepeatKey key, Instant since) {
        // One look-up per child (a handful at most): the first child that matches names the earlier case.
        String email = key.email().isEmpty() ? null : key.email();
        String phone = key.phone().isEmpty() ? null : key.phone();
        return key.children().stream().flatMap(child -> triages.findRecentReferences(caseId,
                madeFrom == null ? -1 : madeFrom, child, email, phone, since).stream()).findFirst();
    }

    /** The latest other Stage 2 request for the same complaint, if any. */
    Optional<String> otherStage2For(long caseId, String earlierReference) {
        return triages.findOtherStage2References(caseId, earlierReference).stream().findFirst();
    }
}
