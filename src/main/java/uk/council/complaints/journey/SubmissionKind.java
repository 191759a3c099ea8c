package uk.council.complaints.journey;

/** What the person is sending, decided by their first answers. */
public enum SubmissionKind {
    COMPLAINT, CALLBACK, COMPLIMENT, COMMENT, SUGGESTION, STAGE2,
    /** A question for the team, entered by staff (issue 10): acknowledged, with no statutory response deadline. */
    ENQUIRY,
    // Issue 10: made by staff escalating a closed case (never on the public form)
    STAGE3, CORPORATE_STAGE2
}
