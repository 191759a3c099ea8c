package uk.council.complaints.intake;

import uk.council.complaints.journey.Field;

import java.util.List;

/**
 * One question ready to render: texts resolved from the bundle, the answer so far, and its error.
 * The component fragments in views/components take these and print GOV.UK Frontend markup.
 */
public record FieldView(Field field, String id, String label, String hint, boolean pageHeading, String value,
                 List<String> values, String day, String month, String year, String error, String errorPart,
                 boolean errorWholeDate, List<OptionView> options) {

    /** One option, and the follow-up questions revealed under it ("If other, tell us"): empty for most. */
    public record OptionView(String value, String label, String hint, boolean checked, List<FieldView> reveals) {
    }

    public String name() {
        return field.name();
    }

    public String kind() {
        return field.kind().name();
    }

    /** Which date parts to mark: all of them unless one part is missing. */
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
