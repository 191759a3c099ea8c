package uk.council.complaints.casework.stage;

import uk.council.complaints.deadline.RequestWindow;
import uk.council.complaints.deadline.WorkingDays;

import java.time.LocalDate;

/** The arithmetic of the statutory lifecycle (DESIGN section 7), pure: request windows and stopped clocks. */
public final class StageRules {
    private final WorkingDays workingDays;
    private final RequestWindow window;

    StageRules(WorkingDays workingDays, RequestWindow window) {
        this.workingDays = workingDays;
        this.window = window;
    }

    /** The last day a request for the next stage is in time: the day the person is told (RequestWindow). */
    LocalDate windowEnds(LocalDate respondedOn) {
        return window.endsAfter(respondedOn);
    }

    public boolean isLate(LocalDate respondedOn, LocalDate requestedOn) {
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
