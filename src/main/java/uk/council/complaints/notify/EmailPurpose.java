package uk.council.complaints.notify;

import java.util.Arrays;

/** Why an email is sent; stored in {@code outbox_email.purpose} as its code. */
public enum EmailPurpose {
    ACKNOWLEDGEMENT("acknowledgement"),
    TEAM_NOTIFICATION("team-notification"),
    ADVOCACY_REFERRAL("advocacy-referral"),
    // Telling the person about each step of their complaint (issue 10, PersonStep)
    EXTENSION("extension"),
    RESPONSE("response"),
    STAGE2_OUTCOME("stage2-outcome"),
    STAGE3_OUTCOME("stage3-outcome"),
    REFUSAL("refusal"),
    CLOSURE("closure"),
    // Save and come back later (issue 11): the single-use link, and nothing the person answered.
    SAVED_DRAFT("saved-draft");

    private final String code;

    EmailPurpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EmailPurpose of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown email purpose " + code));
    }
}
