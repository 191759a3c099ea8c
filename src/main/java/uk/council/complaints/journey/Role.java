package uk.council.complaints.journey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who is asking: the answer to the form's "who are you" page (DESIGN section 6), in the order it offers them. Stored as
 * {@link #code()} in {@code complaint_case.submitter_role} (the same text as before it was an enum); the journey's words
 * are {@code field.role.option.<code>}, the staff page's {@code triage.role.<code>}.
 */
public enum Role {
    YOUNG_PERSON(Code.YOUNG_PERSON, true),
    PARENT("parent", true),
    ADVOCATE("advocate", true),
    RELATIVE("relative", true),
    FOSTER_CARER("foster-carer", true),
    SPECIAL_GUARDIAN("special-guardian", true),
    PROFESSIONAL("professional", false),
    SOMEONE_ELSE("someone-else", true);

    /** Codes as constants, for SQL in annotations. */
    public static final class Code {
        public static final String YOUNG_PERSON = "young-person";

        private Code() {
        }
    }

    /** The codes the form offers, in its order. */
    public static final List<String> CODES = Arrays.stream(values()).map(Role::code).toList();

    private final String code;
    private final boolean statutory;

    Role(String code, boolean statutory) {
        this.code = code;
        this.statutory = statutory;
    }

    public String code() {
        return code;
    }

    /** SQL: the stored code as a literal, such as {@code 'advocate'}. */
    public String sql() {
        return "'" + code + "'";
    }

    /** May use the statutory children's procedure: everyone on the form except a professional (DESIGN section 4). */
    public boolean statutory() {
        return statutory;
    }

    /** Whether a stored or posted code is this role (false for none or an unknown one). */
    public boolean is(String code) {
        return this.code.equals(code);
    }

    /** The role of a stored or posted code; empty for none or a code the form does not offer. */
    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
