package uk.council.complaints.journey;

/**
 * A problem with one answer. The message is {@code error.<field>.<code>} in the bundle;
 * {@code part} names the input to link to from the error summary (a date's day, month or year).
 */
public record FieldError(String field, String code, String part, Object... args) {

    static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, field, args);
    }

    public String messageKey() {
        return "error." + field + "." + code;
    }
}
