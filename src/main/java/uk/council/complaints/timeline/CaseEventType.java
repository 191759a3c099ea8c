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
