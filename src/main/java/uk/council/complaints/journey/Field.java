package uk.council.complaints.journey;

import java.util.List;

/**
 * One question on a page. Its label, hint, options and error messages live in the message
 * bundle under {@code field.<name>.*}, so the field itself holds only what the server enforces.
 *
 * @param autocomplete the HTML autocomplete token, only ever for the person's own details
 */
public record Field(String name, FieldKind kind, boolean required, int maxLength,
                    List<String> options, String autocomplete, String width) {

    static Field text(String name, boolean required, int maxLength) {
        return new Field(name, FieldKind.TEXT, required, maxLength, List.of(), "", "");
    }

    static Field textarea(String name, boolean required, int maxLength) {
        return new Field(name, FieldKind.TEXTAREA, required, maxLength, List.of(), "", "");
    }

    static Field radios(String name, boolean required, List<String> options) {
        return new Field(name, FieldKind.RADIOS, required, 0, options, "", "");
    }

    static Field checkboxes(String name, boolean required, List<String> options) {
        return new Field(name, FieldKind.CHECKBOXES, required, 0, options, "", "");
    }

    static Field date(String name, boolean required) {
        return new Field(name, FieldKind.DATE, required, 0, List.of(), "", "");
    }

    static Field of(String name, FieldKind kind, boolean required, int maxLength) {
        return new Field(name, kind, required, maxLength, List.of(), "", "");
    }

    Field autocomplete(String token) {
        return new Field(name, kind, required, maxLength, options, token, width);
    }

    Field width(String widthClass) {
        return new Field(name, kind, required, maxLength, options, autocomplete, widthClass);
    }

    /** The message key of one option's words: the one place this key is spelled. */
    public static String optionKey(String field, String option) {
        return "field." + field + ".option." + option;
    }

    /** The names a browser posts for this field: a date sends three parts. */
    public List<String> postedNames() {
        return kind == FieldKind.DATE ? List.of(name + "-day", name + "-month", name + "-year") : List.of(name);
    }
}
