package uk.council.complaints.cases;

/**
 * The complaints procedure a case is handled under: the statutory children's social care procedure, or the council's
 * corporate procedure (the Ombudsman's Complaint Handling Code). Each has its own list of natures ({@link Natures}).
 */
public enum Procedure {
    STATUTORY,
    CORPORATE;

    /** The other procedure: where a code refused here may belong. */
    public Procedure other() {
        return this == STATUTORY ? CORPORATE : STATUTORY;
    }
}
