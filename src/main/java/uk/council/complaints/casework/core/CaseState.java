package uk.council.complaints.casework.core;

import uk.council.complaints.cases.CaseStatus;
import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.triage.store.TriageService;

/** A case as an action sees it, read under a row lock so two actions on one case take turns. */
public record CaseState(SubmittedCase submitted, StoredTriage triage, CaseHandling handling) {

    public long id() {
        return submitted.id();
    }

    public CaseStatus status() {
        return submitted.status();
    }

    public boolean isOpen() {
        return status().isOpen();
    }

    public void requireOpen() {
        if (status() == CaseStatus.CLOSED) {
            throw new CaseworkRefused("staff.refused.alreadyClosed");
        }
        if (status() == CaseStatus.REFUSED) {
            throw new CaseworkRefused("staff.refused.alreadyRefused");
        }
    }

    /** Only along {@link CaseStatus#next()}, and only from the status the action was decided on. */
    public void moveTo(CaseStatus to, CaseworkRepository handling) {
        if (!status().canMoveTo(to)) {
            throw new IllegalStateException(status() + " cannot move to " + to);
        }
        if (handling.moveStatus(id(), status().code(), to.code()) != 1) {
            throw new CaseworkRefused("staff.refused.changedMeanwhile");
        }
    }

    @Singleton
    public static class Loader {
        private final CaseworkRepository handling;
        private final CaseRepository cases;
        private final TriageService triage;

        Loader(CaseworkRepository handling, CaseRepository cases, TriageService triage) {
            this.handling = handling;
            this.cases = cases;
            this.triage = triage;
        }

        /** Must run inside the action's transaction: the lock lasts until it commits. */
        public CaseState lock(long caseId) {
            handling.lockCase(caseId).orElseThrow(() -> new CaseworkRefused("staff.refused.noCase"));
            SubmittedCase c = cases.findById(caseId).orElseThrow();
            StoredTriage t = triage.find(caseId).orElseThrow(() -> new CaseworkRefused("staff.refused.notTriaged"));
            CaseHandling h = handling.findById(caseId).orElseGet(() -> handling.save(CaseHandling.none(caseId)));
            return new CaseState(c, t, h);
        }
    }
}
