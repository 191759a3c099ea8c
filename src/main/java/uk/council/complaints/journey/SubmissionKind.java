package uk.council.complaints.journey;

/** What the person is sending, decided by their first answers. */
public enum SubmissionKind {
    COMPLAINT, CALLBACK, COMPLIMENT, COMMENT, SUGGESTION, STAGE2,
    // Issue 10: made by staff escalating a closed case (never on the public form)
    STAGE3, CORPORATE_STAGE2
}
