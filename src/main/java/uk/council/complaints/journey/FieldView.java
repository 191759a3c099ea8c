package uk.council.complaints.journey;

import java.util.List;

/**
 * One question ready to render, on the public form and on every staff form alike: texts resolved from the bundle,
 * the answer so far, and its error (null when none; the hint too). The component fragments in views/components
 * take these and print GOV.UK Frontend markup.
 *
 * @param errorPart      the id of the one date part to mark ({@code <id>-day}), when only that part is missing
 * @param errorWholeDate whether an error marks every part of a date: always on staff forms, and on the public
 *                       form unless one part is missing
 */
public record FieldView(Field field, String id, String label, String hint, boolean pageHeading, String value,
                        List<String> values, String day, String month, String year, String error, String errorPart,
                        boolean errorWholeDate, List<Option> options) {

    /** One option, and the follow-up questions revealed under it ("If other, tell us"): empty for most. */
    public record Option(String value, String label, String hint, boolean checked, List<FieldView> reveals) {
        /** An option that reveals no follow-up question, as on every staff form. */
        public Option(String value, String label, String hint, boolean checked) {
            this(value, label, hint, checked, List.of());
        }
    }

    /** A staff form's required text box; see {@link #optional()}. */
    public static FieldView text(String name, String label, String hint, int maxLength, String value, String error) {
        return staff(new Field(name, FieldKind.TEXT, true, maxLength, List.of(), "", ""), label, hint, value,
                List.of(value), "", "", "", error, List.of());
    }

    public static FieldView textarea(String name, String label, String hint, int maxLength, String value,
                                     String error) {
        return staff(new Field(name, FieldKind.TEXTAREA, true, maxLength, List.of(), "", ""), label, hint, value,
                List.of(value), "", "", "", error, List.of());
    }

    /** A staff form's radios, or checkboxes when {@code multiple}. */
    public static FieldView choices(String name, boolean multiple, String label, String hint, List<Option> options,
                                    String error) {
        FieldKind kind = multiple ? FieldKind.CHECKBOXES : FieldKind.RADIOS;
        return staff(new Field(name, kind, true, 0, options.stream().map(Option::value).toList(), "", ""), label,
                hint, "", List.of(), "", "", "", error, options);
    }

    /**
     * A staff form's GOV.UK date input (issue 10: the dates of the statutory lifecycle), its parts named
     * {@code <name>-day} etc.; an error marks the whole date.
     */
    public static FieldView date(String name, String label, String hint, String day, String month, String year,
                                 String error) {
        return staff(new Field(name, FieldKind.DATE, true, 0, List.of(), "", ""), label, hint, "", List.of(), day,
                month, year, error, List.of());
    }

    private static FieldView staff(Field f, String label, String hint, String value, List<String> values, String day,
                                   String month, String year, String error, List<Option> options) {
        return new FieldView(f, f.name(), label, hint, false, value, values, day, month, year, error, "", true,
                options);
    }

    /** The same question, which may be left empty. */
    public FieldView optional() {
        Field f = new Field(field.name(), field.kind(), false, field.maxLength(), field.options(),
                field.autocomplete(), field.width(), field.shownUnder());
        return new FieldView(f, id, label, hint, pageHeading, value, values, day, month, year, error, errorPart,
                errorWholeDate, options);
    }

    /** The same question under another id, where two questions' items would otherwise share ids (finding, finding-2 ...). */
    public FieldView withId(String newId) {
        return new FieldView(field, newId, label, hint, pageHeading, value, values, day, month, year, error, errorPart,
                errorWholeDate, options);
    }

    public FieldView asPageHeading() {
        return new FieldView(field, id, label, hint, true, value, values, day, month, year, error, errorPart,
                errorWholeDate, options);
    }

    public String name() {
        return field.name();
    }

    public String kind() {
        return field.kind().name();
    }

    /** Which date parts to mark: all of them unless only one part is missing. */
    public boolean datePartInError(String part) {
        return error != null && (errorWholeDate || (id + "-" + part).equals(errorPart));
    }

    public boolean hasError() {
        return error != null;
    }

    /** aria-describedby: the hint and the error message, when there are any. */
    public String describedBy() {
        String ids = (hint != null ? id + "-hint " : "") + (error != null ? id + "-error" : "");
        return ids.isBlank() ? null : ids.trim();
    }
}
