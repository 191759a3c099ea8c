package uk.council.complaints.casework.stage;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.DueDates;
import uk.council.complaints.triage.store.Retriage;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one extension a case may have, with a reason (DESIGN section 7): Stage 1 to stage1-extended working days
 * after it was received; Stage 2 to stage2-max (the longest the law allows); corporate Stage 1 by up to
 * corporate-extension more than its due date (the Complaint Handling Code).
 */
@Singleton
public class Extensions {
    private final CaseState.Loader loader;
    private final CaseworkRepository handling;
    private final CaseTimeline timeline;
    private final Retriage retriage;
    private final DueDates dueDates;
    private final EventText text;
    private final Clock clock;

    Extensions(CaseState.Loader loader, CaseworkRepository handling, CaseTimeline timeline, Retriage retriage,
               DueDates dueDates, EventText text, Clock clock) {
        this.loader = loader;
        this.handling = handling;
        this.timeline = timeline;
        this.retriage = retriage;
        this.dueDates = dueDates;
        this.text = text;
        this.clock = clock;
    }

    @Transactional
    public void extend(long caseId, StaffActor by, String reason) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (!Lists.EXTENDABLE.contains(s.triage().queue())) {
            throw new CaseworkRefused("staff.refused.extendNotThisQueue");
        }
        if (s.handling().extendedAt() != null) {
            throw new CaseworkRefused("staff.refused.alreadyExtended");
        }
        LocalDate received = s.submitted().receivedOn();
        LocalDate due = switch (s.triage().queue()) {
            case STAGE2 -> dueDates.after(received, DeadlineKind.STAGE2_MAX);
            case CORPORATE -> dueDates.after(s.triage().responseDue(), DeadlineKind.CORPORATE_EXTENSION);
            default -> dueDates.after(received, DeadlineKind.STAGE1_EXTENDED);
        };
        handling.update(s.handling().extended(clock.instant(), reason));
        retriage.moveResponseDue(caseId, due, reason);
        timeline.record(caseId, by.actor(), CaseEventType.EXTENDED, text.extended(s.triage().queue(), due, reason));
    }
}
