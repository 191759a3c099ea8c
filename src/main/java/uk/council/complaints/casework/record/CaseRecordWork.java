package uk.council.complaints.casework.record;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.notify.Outbox;
import uk.council.complaints.notify.OutboxEntry;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.Messages;
import uk.council.complaints.youngperson.LeafletEvent;
import uk.council.complaints.youngperson.LeafletEvents;

import java.time.Clock;
import java.time.LocalDate;

/** Learning actions, a failed email sent again, the leaflet handed over or posted: under the row lock, on the timeline. */
@Singleton
public class CaseRecordWork {
    private final CaseState.Loader loader;
    private final CaseRecordRepositories.Learning learning;
    private final Outbox outbox;
    private final LeafletEvents leaflets;
    private final TriageService triage;
    private final CaseTimeline timeline;
    private final Messages msg;
    private final Clock clock;

    CaseRecordWork(CaseState.Loader loader, CaseRecordRepositories.Learning learning, Outbox outbox,
                   LeafletEvents leaflets, TriageService triage, CaseTimeline timeline, Messages msg, Clock clock) {
        this.loader = loader;
        this.learning = learning;
        this.outbox = outbox;
        this.leaflets = leaflets;
        this.triage = triage;
        this.timeline = timeline;
        this.msg = msg;
        this.clock = clock;
    }

    @Transactional
    public void addLearning(long caseId, StaffActor by, String action, String ownerTeam, LocalDate dueOn) {
        loader.lock(caseId);
        learning.save(new LearningAction(null, caseId, action, ownerTeam, dueOn, null, clock.instant()));
        timeline.record(caseId, by.actor(), CaseEventType.LEARNING_ACTION,
                msg.get("staff.eventDetail.learningAction", ownerTeam, msg.date(dueOn, "date"), action));
    }

    @Transactional
    public void learningDone(long caseId, long actionId, StaffActor by, LocalDate on) {
        loader.lock(caseId);
        LearningAction a = learning.findById(actionId).filter(found -> found.caseId() == caseId)
                .orElseThrow(() -> new CaseworkRefused("staff.refused.noLearningAction"));
        if (a.doneOn() != null) {
            throw new CaseworkRefused("staff.refused.learningAlreadyDone");
        }
        learning.update(a.done(on));
        timeline.record(caseId, by.actor(), CaseEventType.LEARNING_DONE,
                msg.get("staff.eventDetail.learningDone", msg.date(on, "date"), a.action()));
    }

    /** Only a failed email of this case goes back in the queue, with a fresh set of attempts, to be sent now. */
    @Transactional
    public void retryEmail(long caseId, long emailId, StaffActor by) {
        loader.lock(caseId);
        OutboxEntry email = outbox.forCase(caseId).stream().filter(e -> e.id() == emailId).findFirst()
                .orElseThrow(() -> new CaseworkRefused("staff.refused.noEmail"));
        if (!outbox.retry(emailId)) {
            throw new CaseworkRefused("staff.refused.emailNotFailed");
        }
        timeline.record(caseId, by.actor(), CaseEventType.EMAIL_RETRIED,
                msg.get("staff.eventDetail.emailRetried", msg.get("staff.email.purpose." + email.purpose().code())));
    }

    /** The advocacy leaflet handed to the person, or posted to them: the case then says it was shared. */
    @Transactional
    public void leaflet(long caseId, StaffActor by, boolean posted) {
        loader.lock(caseId);
        leaflets.record(caseId, posted ? LeafletEvent.Type.POSTED : LeafletEvent.Type.GIVEN);
        triage.addFlag(caseId, Flag.LEAFLET_SENT);
        timeline.record(caseId, by.actor(), posted ? CaseEventType.LEAFLET_POSTED : CaseEventType.LEAFLET_GIVEN, null);
    }
}
