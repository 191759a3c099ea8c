package uk.council.complaints.deadline;

import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * The last day the person may ask for the next stage after a stage's outcome (escalation-request working days after
 * the day of the outcome). One function for both what the person is told and the check of a late request (issue 21).
 */
@Singleton
public class RequestWindow {
    private final WorkingDays workingDays;
    private final DeadlineProperties deadlines;

    public RequestWindow(WorkingDays workingDays, DeadlineProperties deadlines) {
        this.workingDays = workingDays;
        this.deadlines = deadlines;
    }

    public LocalDate endsAfter(LocalDate outcomeOn) {
        return workingDays.addWorkingDays(outcomeOn, deadlines.workingDaysFor(DeadlineKind.ESCALATION_REQUEST));
    }
}
