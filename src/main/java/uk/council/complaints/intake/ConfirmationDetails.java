package uk.council.complaints.intake;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.web.ClockFactory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What the confirmation page says: the reference, and by when the person will hear from us. */
@Singleton
class ConfirmationDetails {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private final WorkingDays workingDays;
    private final DeadlineProperties deadlines;

    ConfirmationDetails(WorkingDays workingDays, DeadlineProperties deadlines) {
        this.workingDays = workingDays;
        this.deadlines = deadlines;
    }

    Map<String, Object> model(SubmittedCase c) {
        LocalDate submitted = c.submittedAt().atZone(ClockFactory.COUNCIL_ZONE).toLocalDate();
        Map<String, Object> model = new HashMap<>();
        model.put("reference", c.reference());
        model.put("kind", c.kind().name().toLowerCase(Locale.UK));
        model.put("riskNow", c.riskNow());
        model.put("hasEmail", c.email() != null);
        model.put("acknowledgeBy", DATE.format(workingDays.addWorkingDays(submitted,
                deadlines.workingDaysFor(DeadlineKind.ACKNOWLEDGE))));
        DeadlineKind response = responseDeadline(c.kind());
        model.put("responseBy", response == null ? null
                : DATE.format(workingDays.addWorkingDays(submitted, deadlines.workingDaysFor(response))));
        return model;
    }

    static DeadlineKind responseDeadline(SubmissionKind kind) {
        return switch (kind) {
            case COMPLAINT -> DeadlineKind.STAGE1;
            case CALLBACK -> DeadlineKind.CALLBACK;
            case STAGE2 -> DeadlineKind.STAGE2;
            default -> null;
        };
    }
}
