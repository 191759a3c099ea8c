package uk.council.complaints.metrics;

import jakarta.inject.Singleton;
import uk.council.complaints.triage.CaseSubmittedListener;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.triage.TriageResult;

import java.util.List;

/** Counts each submission by journey (the case's kind), in the submission's transaction. */
@Singleton
class SubmissionMetrics implements CaseSubmittedListener {
    private final PortalMetrics metrics;

    SubmissionMetrics(PortalMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onSubmitted(SubmittedCase saved, List<CaseChoice> choices, Answers answers, TriageResult triage) {
        metrics.submitted(saved.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
