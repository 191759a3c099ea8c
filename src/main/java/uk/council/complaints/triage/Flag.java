package uk.council.complaints.triage;

/** Things the team must notice on a case; the queue page filters by them. */
public enum Flag {
    YOUNG_PERSON,
    ADVOCATE_FILING,
    ADVOCACY_REQUESTED,
    /** Set by the advocacy leaflet feature when the leaflet goes out, never by triage. */
    LEAFLET_SENT,
    /** A possible ground for refusal or a limited scope. */
    COURT_PROCEEDINGS,
    /** The event was over 12 months before the request: still accepted, but needs a decision. */
    OUT_OF_TIME,
    NO_PARENTAL_RESPONSIBILITY,
    CHILD_CONSENT_TO_CHECK,
    ACCESS_NEEDS,
    /** The same person and child recently: maybe a repeat complaint. */
    POSSIBLE_REPEAT
}
