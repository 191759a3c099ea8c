package uk.council.complaints.triage;

import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Answers;

import java.util.List;

/**
 * Work that must happen in the same transaction as a new case, after its triage (the outbox's emails, the leaflet):
 * if any of it fails, the case is not stored either, and the person is asked to try again.
 */
public interface CaseSubmittedListener {
    void onSubmitted(SubmittedCase saved, List<CaseChoice> choices, Answers answers, TriageResult triage);
}
