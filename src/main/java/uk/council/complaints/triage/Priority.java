package uk.council.complaints.triage;

/** How soon the team must look at a case, most urgent first (so the natural order sorts a queue). */
public enum Priority {
    /** A child at risk of harm right now. */
    URGENT,
    /** A young person complaining, or an advocate asked for. */
    HIGH,
    NORMAL
}
