package uk.council.complaints.casework;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.triage.StoredTriage;
import uk.council.complaints.triage.TriageService;

/** A case as an action sees it, read under a row lock so two actions on one case take turns. */
record CaseState(SubmittedCase submitted, StoredTriage triage, CaseHandling handling) {

    long id() {
        return submitted.id();
    }

    String status() {
        return submitted.status();
    }

    boolean isOpen() {
        return Lists.isOpen(status());
    }

    void requireOpen() {
        if (Lists.CLOSED.equals(status())) {
            throw new CaseworkRefused("staff.refused.alreadyClosed");
        }
        if (Lists.REFUSED.equals(status())) {
            throw new CaseworkRefused("staff.refused.alreadyRefused");
        }
    }

    @Singleton
    static class Loader {
        private final CaseworkRepository handling;
        private final CaseRepository cases;
        private final TriageService triage;

        Loader(CaseworkRepository handling, CaseRepository cases, TriageService triage) {
            this.handling = handling;
            this.cases = cases;
            this.triage = triage;
        }

        /** Must run inside the action's transaction: the lock lasts until it commits. */
        CaseState lock(long caseId) {
            handling.lockCase(caseId).orElseThrow(() -> new CaseworkRefused("staff.refused.noCase"));
            SubmittedCase c = cases.findById(caseId).orElseThrow();
            StoredTriage t = triage.find(caseId).orElseThrow(() -> new CaseworkRefused("staff.refused.notTriaged"));
            CaseHandling h = handling.findById(caseId).orElseGet(() -> handling.save(CaseHandling.none(caseId)));
            return new CaseState(c, t, h);
        }
    }
}
