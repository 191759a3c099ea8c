package uk.council.complaints.casework.stage;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.staff.StaffAccounts;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.Retriage;

/** Who works a case and where it sits (managers), and notes (anyone). */
@Singleton
public class CaseDecisions {
    private final CaseState.Loader loader;
    private final CaseworkRepository handling;
    private final StaffAccounts accounts;
    private final Retriage retriage;
    private final CaseTimeline timeline;
    private final EventText text;
    private final Casework casework;

    CaseDecisions(CaseState.Loader loader, CaseworkRepository handling, StaffAccounts accounts, Retriage retriage,
                  CaseTimeline timeline, EventText text, Casework casework) {
        this.casework = casework;
        this.loader = loader;
        this.handling = handling;
        this.accounts = accounts;
        this.retriage = retriage;
        this.timeline = timeline;
        this.text = text;
    }

    /** To an active staff member, or to nobody (null). */
    @Transactional
    public void assign(long caseId, StaffActor by, @Nullable Long userId) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        StaffMember to = null;
        if (userId != null) {
            to = accounts.find(userId).filter(StaffMember::active)
                    .orElseThrow(() -> new CaseworkRefused("staff.refused.noSuchStaff"));
            if (s.triage().queue() == Queue.CORPORATE_STAGE2) {
                casework.requireNotStage1Handler(caseId, to.actor());
            }
        }
        handling.update(s.handling().assigned(userId));
        timeline.record(caseId, by.actor(), to == null ? CaseEventType.UNASSIGNED : CaseEventType.ASSIGNED, to == null ? null : to.actor());
    }

    @Transactional
    public void retriage(long caseId, StaffActor by, Queue queue, Priority priority, String reason) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (queue == s.triage().queue() && priority == s.triage().priority()) {
            throw new CaseworkRefused("staff.refused.retriageUnchanged");
        }
        retriage.retriage(caseId, queue, priority, reason);
        timeline.record(caseId, by.actor(), CaseEventType.RETRIAGED,
                text.retriaged(s.triage().queue(), s.triage().priority(), queue, priority, reason));
    }

    /** Notes can be added to any case, closed or not: later contact still belongs on the record. */
    @Transactional
    public void note(long caseId, StaffActor by, String text) {
        loader.lock(caseId);
        timeline.record(caseId, by.actor(), CaseEventType.NOTE, text);
    }
}
