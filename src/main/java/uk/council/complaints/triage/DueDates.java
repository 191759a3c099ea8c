package uk.council.complaints.triage;

import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;

import java.time.LocalDate;
import java.util.Objects;

/** A queue's due dates in working days from the configuration: the one place triage and staff actions count them. */
public final class DueDates {
    private final WorkingDays workingDays;
    private final DeadlineProperties deadlines;

    public DueDates(WorkingDays workingDays, DeadlineProperties deadlines) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    public LocalDate after(LocalDate from, DeadlineKind kind) {
        return workingDays.addWorkingDays(from, deadlines.workingDaysFor(kind));
    }

    public LocalDate acknowledgeBy(Queue queue, LocalDate received) {
        return after(received, queue.acknowledgeDeadline());
    }

    /** The response date at triage: from the request, or (Complaint Handling Code) from the acknowledgement due. */
    public LocalDate responseDue(Queue queue, LocalDate received) {
        if (queue.responseDeadline() == null) {
            return null;
        }
        return after(queue.answeredFromAcknowledgement() ? acknowledgeBy(queue, received) : received,
                queue.responseDeadline());
    }
}
