package uk.council.complaints.timeline;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.cases.CaseSubmittedListener;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.triage.TriageResult;

import java.util.List;
import java.util.Locale;

/** Starts every new case's timeline: when it arrived, and where triage put it. */
@Singleton
class SubmissionEvents implements CaseSubmittedListener {
    private final CaseTimeline timeline;

    SubmissionEvents(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void onSubmitted(SubmittedCase saved, List<CaseChoice> choices, Answers answers, TriageResult triage) {
        timeline.record(saved.id(), CaseTimeline.PUBLIC, "submitted", null);
        timeline.record(saved.id(), CaseTimeline.SYSTEM, "triaged",
                triage.queue().name().toLowerCase(Locale.ROOT) + ", " + triage.priority().name().toLowerCase(Locale.ROOT));
    }
}
