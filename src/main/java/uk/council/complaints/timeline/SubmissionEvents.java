package uk.council.complaints.timeline;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.triage.CaseSubmittedListener;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.triage.TriageResult;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.List;

/** Starts every new case's timeline: when it arrived, and where triage put it. */
@Singleton
class SubmissionEvents implements CaseSubmittedListener {
    private final CaseTimeline timeline;
    private final Messages msg;

    SubmissionEvents(CaseTimeline timeline, Messages msg) {
        this.timeline = timeline;
        this.msg = msg;
    }

    @Override
    public void onSubmitted(SubmittedCase saved, List<CaseChoice> choices, Answers answers, TriageResult triage) {
        // A case staff entered has its own first event (ENTERED), with who entered it and how it arrived.
        List<CaseTimeline.Entry> events = new ArrayList<>(2);
        if (saved.enteredBy() == null) {
            events.add(new CaseTimeline.Entry(CaseTimeline.PUBLIC, CaseEventType.SUBMITTED, null));
        }
        events.add(new CaseTimeline.Entry(CaseTimeline.SYSTEM, CaseEventType.TRIAGED,
                msg.get("staff.eventDetail.triaged", msg.get("staff.queue." + triage.queue()),
                        msg.get("staff.priority." + triage.priority()))));
        timeline.record(saved.id(), events);
    }
}
