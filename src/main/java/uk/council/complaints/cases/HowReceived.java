package uk.council.complaints.cases;

import java.util.List;

/**
 * How a case reached the council (DESIGN section 7, the report's table C) and, for compliments and comments,
 * who gave them: the stored codes. Words: {@code staff.receivedVia.<code>}, {@code staff.feedbackGiver.<code>}.
 */
public final class HowReceived {
    /** The ways staff enter a case received outside the online form. */
    public static final List<String> BY_STAFF = List.of("email", "letter", "phone", "in-person", "advocate",
            "mp-councillor");
    /** Every method of receipt a case can have: the online form, then the ways staff enter. */
    public static final List<String> ALL = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(SubmittedCase.ONLINE_FORM), BY_STAFF.stream()).toList();
    public static final List<String> FEEDBACK_GIVERS = List.of("family", "young-person", "professional", "carer",
            "other");

    private HowReceived() {
    }

    public static String viaKey(String code) {
        return "staff.receivedVia." + code;
    }

    public static String giverKey(String code) {
        return "staff.feedbackGiver." + code;
    }
}
