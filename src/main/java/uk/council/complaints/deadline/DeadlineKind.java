package uk.council.complaints.deadline;

/**
 * The deadlines the portal tracks. How many working days each one allows is configuration
 * ({@code portal.deadlines.*}, see {@link DeadlineProperties}), not code.
 */
public enum DeadlineKind {
    /** Acknowledging a new complaint. */
    ACKNOWLEDGE,
    /** Stage 1 (local resolution) response under the children's statutory procedure. */
    STAGE1,
    /** Stage 1 response when the time has been extended. */
    STAGE1_EXTENDED,
    /** Returning a requested call-back. */
    CALLBACK,
    /** Corporate Stage 1 answer (the Ombudsman's Complaint Handling Code), counted from the acknowledgement. */
    CORPORATE,
    /** A service's reply to the complaints team on a corporate complaint. */
    CORPORATE_SERVICE_REPLY,
    /** Stage 2 (investigation) response, the usual target. */
    STAGE2,
    /** Stage 2 response, the longest it may take. */
    STAGE2_MAX,
    /** How long a complainant has to ask to escalate to the next stage. */
    ESCALATION_REQUEST,
    /** Convening the stage 3 review panel after it is requested. */
    STAGE3_PANEL,
    // Issue 10, the statutory lifecycle (DESIGN section 7)
    /** The Stage 3 panel's report after the meeting. */
    STAGE3_REPORT,
    /** The council's response to the Stage 3 panel's report. */
    STAGE3_COUNCIL_RESPONSE,
    /** Acknowledging a corporate Stage 1 complaint (the Complaint Handling Code). */
    CORPORATE_ACKNOWLEDGE,
    /** The most one explained extension adds to a corporate Stage 1 answer. */
    CORPORATE_EXTENSION,
    /** Acknowledging a corporate Stage 2 request. */
    CORPORATE_STAGE2_ACKNOWLEDGE,
    /** The corporate Stage 2 answer, counted from its acknowledgement. */
    CORPORATE_STAGE2
}
