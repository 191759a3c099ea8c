package uk.council.complaints.notify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The day a case's outcome happened, as recorded with it (the response sent, the adjudication, the council's
 * response), not the day it was typed in: the person's window to ask for the next stage counts from it (issue 21).
 */
public interface OutcomeDates {
    Optional<LocalDate> outcomeOn(long caseId);

    /** The stage's finding and the finding on each issue, in words, a paragraph each (issue 21); empty before one. */
    List<String> findings(long caseId);
}
