package uk.council.complaints.triage.store;

import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.DueDates;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.Reason;
import uk.council.complaints.triage.ReasonText;
import uk.council.complaints.triage.RoutingDirectory;
import uk.council.complaints.triage.Team;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff changing a case's triage (DESIGN section 4: "re-triage with a reason"), and moving its
 * response date when a deadline is extended. Flags stay; the new team, due date and the staff
 * member's reason are added to the stored reasons, so the record shows both decisions.
 */
@Singleton
public class Retriage {
    private final CaseTriageRepository triages;
    private final CaseTriageReasonRepository reasons;
    private final CaseRepository cases;
    private final RoutingDirectory routing;
    private final WorkingDays workingDays;
    private final DeadlineProperties deadlines;
    private final ReasonText reasonText;
    private final Clock clock;

    Retriage(CaseTriageRepository triages, CaseTriageReasonRepository reasons, CaseRepository cases,
             RoutingDirectory routing, WorkingDays workingDays, DeadlineProperties deadlines, ReasonText reasonText,
             Clock clock) {
        this.triages = triages;
        this.reasons = reasons;
        this.cases = cases;
        this.routing = routing;
        this.workingDays = workingDays;
        this.deadlines = deadlines;
        this.reasonText = reasonText;
        this.clock = clock;
    }

    /** Moves the case to another queue and priority; the response date is counted again for the new queue. */
    @Transactional
    public void retriage(long caseId, Queue queue, Priority priority, String staffReason) {
        CaseTriage row = triages.findById(caseId).orElseThrow();
        SubmittedCase c = cases.findById(caseId).orElseThrow();
        List<Reason> added = new ArrayList<>();
        added.add(Reason.of("staff.retriage", "triage.reason.staff.retriage", staffReason));
        Team team = routing.route(queue, c.complaint().service(), added);
        LocalDate received = c.receivedOn();
        LocalDate responseDue = new DueDates(workingDays, deadlines).responseDue(queue, received);
        triages.update(new CaseTriage(caseId, queue, priority, team.name(), team.mailbox(), row.acknowledgeBy(),
                responseDue, clock.instant(), row.frontDoorAlert()));
        append(caseId, added);
    }

    /** A new response date (an extension), with the reason staff gave. */
    @Transactional
    public void moveResponseDue(long caseId, LocalDate newDue, String staffReason) {
        move(caseId, newDue, Reason.of("staff.extended", "triage.reason.staff.extended", newDue, staffReason));
    }

    /**
     * A new response date that is not an extension (issue 21): the next step's due date (the review panel's report,
     * the council's response), counted from the acknowledgement, or moved on after a pause; {@code why} says which.
     */
    @Transactional
    public void moveNextStepDue(long caseId, LocalDate newDue, String why) {
        move(caseId, newDue, Reason.of("staff.nextStep", "triage.reason.staff.nextStep", newDue, why));
    }

    private void move(long caseId, LocalDate newDue, Reason reason) {
        CaseTriage row = triages.findById(caseId).orElseThrow();
        triages.update(new CaseTriage(caseId, row.queue(), row.priority(), row.team(), row.teamMailbox(),
                row.acknowledgeBy(), newDue, row.triagedAt(), row.frontDoorAlert()));
        append(caseId, List.of(reason));
    }

    private void append(long caseId, List<Reason> added) {
        int position = reasons.findByCaseIdOrderByPosition(caseId).size();
        List<CaseTriageReason> rows = new ArrayList<>();
        for (Reason reason : added) {
            rows.add(new CaseTriageReason(null, caseId, ++position, reason.rule(), reasonText.render(reason)));
        }
        reasons.saveAll(rows);
    }
}
