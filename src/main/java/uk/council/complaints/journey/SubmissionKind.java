package uk.council.complaints.journey;

/** What the person is sending, decided by their first answers. */
public enum SubmissionKind {
    COMPLAINT, CALLBACK, COMPLIMENT, COMMENT, SUGGESTION, STAGE2
}
