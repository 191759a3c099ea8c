package uk.council.complaints.journey;

import java.util.List;

/**
 * One question on a page. Its label, hint, options and error messages live in the message
 * bundle under {@code field.<name>.*}, so the field itself holds only what the server enforces.
 *
 * @param autocomplete the HTML autocomplete token, only ever for the person's own details
 * @param shownUnder   for a follow-up question ("If other, tell us"), the option of another question on the page
 *                     that asks it (revealed under that option); null for a question always asked
 */
public record Field(String name, FieldKind kind, boolean required, int maxLength,
                    List<String> options, String autocomplete, String width, Reveal shownUnder) {

    /** The option (of the question {@code field} on the same page) whose choice asks a follow-up question. */
    public record Reveal(String field, String option) {
    }

    public Field(String name, FieldKind kind, boolean required, int maxLength, List<String> options,
                 String autocomplete, String width) {
        this(name, kind, required, maxLength, options, autocomplete, width, null);
    }

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
        return new Field(name, kind, required, maxLength, options, token, width, shownUnder);
    }

    Field width(String widthClass) {
        return new Field(name, kind, required, maxLength, options, autocomplete, widthClass, shownUnder);
    }

    /**
     * A follow-up asked only when this option of that question is chosen: shown under the option (the GOV.UK
     * conditional reveal; with JavaScript off it is always visible), checked only then, and dropped otherwise.
     */
    Field under(String field, String option) {
        return new Field(name, kind, required, maxLength, options, autocomplete, width, new Reveal(field, option));
    }

    /** Whether these answers ask this question: always, unless it follows an option that is not chosen. */
    public boolean asked(Answers a) {
        return shownUnder == null || a.all(shownUnder.field()).contains(shownUnder.option());
    }

    /** Whether this is the follow-up revealed under that option of that question. */
    public boolean revealedUnder(String field, String option) {
        return shownUnder != null && shownUnder.field().equals(field) && shownUnder.option().equals(option);
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
