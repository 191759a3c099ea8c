package uk.council.complaints.journey;

import java.util.List;

/** The reference lists of DESIGN section 6 and the e-form's multiple choices, as stored codes. */
public final class Options {
    private Options() {
    }

    public static final List<String> PURPOSES = List.of("complaint", "callback", "compliment", "stage2");

    /** Who is asking: the codes of {@link Role}. */
    public static final List<String> ROLES = Role.CODES;

    public static final List<String> SERVICES = List.of("assessment", "child-protection", "children-in-care",
            "care-leavers", "disabled-children", "fostering", "adoption", "early-help", "family-support",
            "front-door", "independent-reviewing", "sen-ehcp", "school-transport", "holiday-activity-fund", "school",
            "other-council", "not-sure");

    public static final List<String> OUTCOMES_SOUGHT = List.of("apology", "explanation", "investigation",
            "better-communication", "change-of-worker", "assessment", "meeting", "more-support",
            "reimbursement", "policy-review", "other");

    public static final List<String> YES_NO = List.of("yes", "no");
    public static final List<String> YES_NO_NOT_SURE = List.of("yes", "no", "not-sure");
    public static final List<String> CHILD_AGREES = List.of("yes", "no", "cannot-say");

    public static final List<String> CALLBACK_DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday");
    public static final List<String> CALLBACK_TIMES = List.of("morning", "afternoon", "any");

    public static final List<String> YP_CONTACT_ROUTES = List.of("me", "advocate", "social-worker", "carer");
    public static final List<String> YP_ADVOCATE = List.of("yes", "no", "already");
    /** Would the parent or advocate like an advocate for the child (issue 11). */
    public static final List<String> CHILD_ADVOCATE = List.of("yes", "no", "already");

    public static final List<String> CONTACT_WAYS = List.of("email", "phone", "post");
    public static final List<String> ACCESS_NEEDS = List.of("interpreter", "bsl", "large-print", "easy-read", "other");

    public static final List<String> FEEDBACK_TYPES = List.of("thanks", "comment", "suggestion");

    public static final List<String> RESPONSE_METHODS = List.of("email-or-letter", "phone-call", "meeting",
            "no-response", "other");
    public static final List<String> ESCALATION_REASONS = List.of("outcomes-not-met", "does-not-answer",
            "errors", "not-thorough", "ombudsman", "not-listened", "other");

    public static final List<String> AGE_BANDS = List.of("under-18", "18-24", "25-34", "35-44", "45-54",
            "55-64", "65-plus", "prefer-not");
    public static final List<String> GENDERS = List.of("woman", "man", "non-binary", "self-describe", "prefer-not");
    public static final List<String> DISABILITY = List.of("yes", "no", "prefer-not");
    public static final List<String> ETHNICITIES = List.of("asian", "black", "mixed", "white", "other", "prefer-not");
    public static final List<String> ORIENTATIONS = List.of("straight", "gay-lesbian", "bisexual", "other",
            "prefer-not");
}
