package uk.council.complaints.casework;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.notify.OutcomeDates;

import java.time.LocalDate;
import java.util.Optional;

/** The outcome's recorded date: one per stage (ActionRules), kept as the case's response date. */
@Singleton
class CaseOutcomeDates implements OutcomeDates {
    private final CaseworkRepository handling;

    CaseOutcomeDates(CaseworkRepository handling) {
        this.handling = handling;
    }

    @Override
    @Transactional
    public Optional<LocalDate> outcomeOn(long caseId) {
        return handling.findById(caseId).map(CaseHandling::respondedOn);
    }
}
