package uk.council.complaints.timeline;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of event a case's timeline can hold. Stored as {@link #code()}; its words are
 * {@code staff.event.<code>} in the staff bundle (a test checks every one has them).
 */
public enum CaseEventType {
    SUBMITTED("submitted"),
    TRIAGED("triaged"),
    VIEWED("viewed"),
    ASSIGNED("assigned"),
    UNASSIGNED("unassigned"),
    ACKNOWLEDGED("acknowledged"),
    EXTENDED("extended"),
    RESPONDED("responded"),
    CALLED("called"),
    CLOSED("closed"),
    REFUSED("refused"),
    // Issue 21: the person withdrew the complaint
    WITHDRAWN("withdrawn"),
    RETRIAGED("retriaged"),
    NOTE("note"),
    ESCALATED("escalated"),
    CONVERTED("converted"),
    CREATED_FROM("created-from"),
    EXPORTED("exported"),
    LEAFLET_OFFERED("leaflet-offered"),
    LEAFLET_DOWNLOADED("leaflet-downloaded"),
    LEAFLET_EMAILED("leaflet-emailed"),
    ADVOCACY_REFERRAL("advocacy-referral"),
    EMAIL_SENT("email-sent"),
    /** The Stage 2 adjudication: the council's response to the investigation (a Stage 2 outcome). */
    ADJUDICATED("adjudicated"),
    /** The council's response to the Stage 3 review panel's report (the Stage 3 outcome). */
    COUNCIL_RESPONDED("council-responded"),
    /** Issue 21: an outcome recorded by mistake put right; the detail holds the reason and the old and new values. */
    OUTCOME_CORRECTED("outcome-corrected"),
    /** Issue 21: the service or the outcome sought recorded by staff; the detail holds the old and new values. */
    DETAILS_CORRECTED("details-corrected"),
    // Issue 21: an issue's nature put right, with the old and new nature and the reason
    ISSUE_CORRECTED("issue-corrected"),
    // Staff intake and issues (issue 10)
    /** A case received by email, letter, phone... entered by an officer (the actor): how and when it arrived. */
    ENTERED("entered"),
    /** The officer recorded or changed a complaint's issues: the list is the detail. */
    ISSUES_RECORDED("issues-recorded"),
    // Issue 10, the statutory lifecycle (DESIGN section 7)
    /** Stage 2's investigating officer and independent person named. */
    STAGE2_PEOPLE("stage2-people"),
    PANEL_MEMBERS("panel-members"),
    PANEL_MET("panel-met"),
    PANEL_REPORTED("panel-reported"),
    /** A decision with its reason: out of time, proceedings, a late request accepted. */
    DECISION("decision"),
    PAUSED("paused"),
    RESUMED("resumed"),

    // Evidence (issue 11): a staff member downloaded a file the person attached.
    EVIDENCE_DOWNLOADED("evidence-downloaded"),
    // Issue 25: a case-management system read the case through the API (the actor names the client).
    API_READ("api-read"),

    // The Ombudsman, learning, emails and the leaflet on the record (issue 10)
    OMBUDSMAN_CASE("ombudsman-case"),
    OMBUDSMAN_DECISION("ombudsman-decision"),
    OMBUDSMAN_RECOMMENDATION("ombudsman-recommendation"),
    OMBUDSMAN_COMPLIED("ombudsman-complied"),
    LEARNING_ACTION("learning-action"),
    LEARNING_DONE("learning-done"),
    EMAIL_RETRIED("email-retried"),
    LEAFLET_GIVEN("leaflet-given"),
    LEAFLET_POSTED("leaflet-posted");

    private final String code;

    CaseEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the event belongs in the case page's "leaflet and advocacy" record too. */
    public boolean aboutAdvocacy() {
        return this == LEAFLET_OFFERED || this == LEAFLET_DOWNLOADED || this == LEAFLET_EMAILED
                || this == ADVOCACY_REFERRAL || this == LEAFLET_GIVEN || this == LEAFLET_POSTED;
    }

    public static Optional<CaseEventType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
