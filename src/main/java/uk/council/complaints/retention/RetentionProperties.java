package uk.council.complaints.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/** How long closed complaint records are kept, as the privacy notice tells people (the council's retention schedule). */
@ConfigurationProperties("portal.retention")
public class RetentionProperties {
    static final int DEFAULT_CLOSED_CASE_YEARS = 6;

    @Min(1)
    private int closedCaseYears = DEFAULT_CLOSED_CASE_YEARS;

    public int getClosedCaseYears() { return closedCaseYears; }
    public void setClosedCaseYears(int closedCaseYears) { this.closedCaseYears = closedCaseYears; }
}
