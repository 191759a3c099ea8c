package uk.council.complaints.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one list of answers that {@link CaseMapper} does not put on the case, each with the reason.
 * Every other question of every {@code Step} must change what is stored: {@code EveryAnswerIsKeptTest}
 * fails for a new question that is neither mapped nor listed here, so nothing a person answered is
 * dropped without anyone deciding it.
 */
enum NotKept {
    NO_REFERENCE("noReference", "only says the person has no earlier reference: the case then has none"),
    YP_CONTACT_ROUTE("ypContactRoute", "the case says \"through a helper\"; which helper (advocate, social worker, "
            + "carer) is kept by youngperson in case_contact_helper"),
    HELPER_NAME("helperName", "kept by youngperson in case_contact_helper, shown on the case page"),
    HELPER_CONTACT("helperContact", "kept by youngperson in case_contact_helper, shown on the case page"),
    ADD_ANOTHER_CHILD("addAnotherChild", "only says which page comes next; the children themselves are kept in "
            + "case_child (docs/adr/0017-several-children.md)");

    private final String field;
    private final String reason;

    NotKept(String field, String reason) {
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }

    static Optional<NotKept> of(String field) {
        return Arrays.stream(values()).filter(n -> n.field.equals(field)).findFirst();
    }
}
