package uk.council.complaints.evidence;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.triage.CaseSubmittedListener;
import uk.council.complaints.triage.TriageResult;

import java.util.List;

/** On submit, in its transaction: the files attached to the draft move to the new case. */
@Singleton
class EvidenceOnSubmit implements CaseSubmittedListener {
    private final EvidenceFiles files;

    EvidenceOnSubmit(EvidenceFiles files) {
        this.files = files;
    }

    @Override
    public void onSubmitted(SubmittedCase saved, List<CaseChoice> choices, Answers answers, TriageResult triage) {
        if (saved.draftId() != null) {
            files.moveToCase(saved.draftId(), saved.id());
        }
    }
}
