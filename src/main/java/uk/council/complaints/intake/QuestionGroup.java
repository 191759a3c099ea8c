package uk.council.complaints.intake;

/**
 * Several fields that together answer one question ("How can we contact you?": a phone number or an email address),
 * shown as one GOV.UK fieldset whose legend is the page's heading (views/components/fieldset.html). An error about
 * the question as a whole ("give at least one") is the fieldset's, not one field's (issue 27).
 *
 * @param id     the fieldset's id prefix (its hint and error message are {@code id-hint}, {@code id-error})
 * @param legend the question, the page's h1
 * @param hint   what the question asks for, or null
 * @param error  the error about the whole question, or null
 */
public record QuestionGroup(String id, String legend, String hint, String error) {

    public boolean hasError() {
        return error != null;
    }

    /** aria-describedby of the fieldset: its hint and its error message, when there are any. */
    public String describedBy() {
        String ids = (hint != null ? id + "-hint " : "") + (error != null ? id + "-error" : "");
        return ids.isBlank() ? null : ids.trim();
    }
}
