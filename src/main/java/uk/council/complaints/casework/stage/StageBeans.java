package uk.council.complaints.casework.stage;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.RequestWindow;
import uk.council.complaints.deadline.WorkingDays;
import uk.council.complaints.triage.DueDates;

/** The pure deadline helpers of the statutory lifecycle, as beans. */
@Factory
class StageBeans {
    @Singleton
    DueDates dueDates(WorkingDays workingDays, DeadlineProperties deadlines) {
        return new DueDates(workingDays, deadlines);
    }

    @Singleton
    StageRules stageRules(WorkingDays workingDays, RequestWindow window) {
        return new StageRules(workingDays, window);
    }
}
