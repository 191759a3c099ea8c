package uk.council.complaints.casework;

import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;

import java.time.LocalDate;

/** The arithmetic of the statutory lifecycle (DESIGN section 7), pure: request windows and stopped clocks. */
final class StageRules {
    private final WorkingDays workingDays;
    private final DeadlineProperties deadlines;

    StageRules(WorkingDays workingDays, DeadlineProperties deadlines) {
        this.workingDays = workingDays;
        this.deadlines = deadlines;
    }

    /** The last day a request for the next stage is in time: escalation-request working days after the response. */
    LocalDate windowEnds(LocalDate respondedOn) {
        return workingDays.addWorkingDays(respondedOn, deadlines.workingDaysFor(DeadlineKind.ESCALATION_REQUEST));
    }

    boolean isLate(LocalDate respondedOn, LocalDate requestedOn) {
        return requestedOn.isAfter(windowEnds(respondedOn));
    }

    /** Working days the clock stood still: after the day it was paused, up to and including the day it resumed. */
    int pausedDays(LocalDate pausedOn, LocalDate resumedOn) {
        return Math.max(0, workingDays.workingDaysBetween(pausedOn, resumedOn));
    }

    /** A due date moved on by the working days the case was paused (null stays null). */
    LocalDate moveOn(LocalDate due, int days) {
        return due == null ? null : workingDays.addWorkingDays(due, days);
    }
}
