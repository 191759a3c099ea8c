package uk.council.complaints.staff;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldKind;

import java.util.List;

/**
 * One question on a staff form, shaped like the public form's fields so the same component
 * fragments (views/components) render it: label, hint, answer so far, error, options.
 */
public record StaffField(Field field, String id, String label, @Nullable String hint, boolean pageHeading,
                         String value, List<String> values, String day, String month, String year,
                         @Nullable String error, String errorPart, boolean errorWholeDate, List<Option> options) {

    public record Option(String value, String label, @Nullable String hint, boolean checked) {
        /** The shared radios and checkboxes fragments ask every option for its follow-up questions: none here. */
        public List<Object> reveals() {
            return List.of();
        }
    }

    public static StaffField text(String name, String label, @Nullable String hint, int maxLength, String value,
                                  @Nullable String error) {
        return new StaffField(new Field(name, FieldKind.TEXT, true, maxLength, List.of(), "", ""), name, label, hint,
                false, value, List.of(value), "", "", "", error, "", false, List.of());
    }

    public static StaffField textarea(String name, String label, @Nullable String hint, int maxLength, String value,
                                      @Nullable String error) {
        return new StaffField(new Field(name, FieldKind.TEXTAREA, true, maxLength, List.of(), "", ""), name, label,
                hint, false, value, List.of(value), "", "", "", error, "", false, List.of());
    }

    public static StaffField choices(String name, boolean multiple, String label, @Nullable String hint,
                                     List<Option> options, @Nullable String error) {
        FieldKind kind = multiple ? FieldKind.CHECKBOXES : FieldKind.RADIOS;
        return new StaffField(new Field(name, kind, true, 0, options.stream().map(Option::value).toList(), "", ""),
                name, label, hint, false, "", List.of(), "", "", "", error, "", false, options);
    }

    /** A GOV.UK date input (issue 10: the dates of the statutory lifecycle), its parts named {@code <name>-day} etc. */
    public static StaffField date(String name, String label, @Nullable String hint, String day, String month,
                                  String year, @Nullable String error) {
        return new StaffField(new Field(name, FieldKind.DATE, true, 0, List.of(), "", ""), name, label, hint, false,
                "", List.of(), day, month, year, error, "", false, List.of());
    }

    /** The same question, which may be left empty. */
    public StaffField optional() {
        Field f = new Field(field.name(), field.kind(), false, field.maxLength(), field.options(), "", "");
        return new StaffField(f, id, label, hint, pageHeading, value, values, day, month, year, error, errorPart,
                errorWholeDate, options);
    }

    /** The same question under another id, where two questions' items would otherwise share ids (finding, finding-2 ...). */
    public StaffField withId(String newId) {
        return new StaffField(field, newId, label, hint, pageHeading, value, values, day, month, year, error, errorPart,
                errorWholeDate, options);
    }

    public StaffField asPageHeading() {
        return new StaffField(field, id, label, hint, true, value, values, day, month, year, error, errorPart,
                errorWholeDate, options);
    }

    public String name() {
        return field.name();
    }

    public String kind() {
        return field.kind().name();
    }

    public boolean datePartInError(String part) {
        return error != null;
    }

    public boolean hasError() {
        return error != null;
    }

    public String describedBy() {
        String ids = (hint != null ? id + "-hint " : "") + (error != null ? id + "-error" : "");
        return ids.isBlank() ? null : ids.trim();
    }
}
