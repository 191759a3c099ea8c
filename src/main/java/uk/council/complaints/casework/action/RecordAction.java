package uk.council.complaints.casework.action;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record kept about a complaint beyond its stages (issue 10): Ombudsman cases and their recommendations,
 * learning actions. Each is a page of questions at {@code /staff/cases/<reference>/<path>}, {id} the row it is about;
 * its words are {@code staff.record.<code>.*}. What each records is {@link RecordSteps}, when it applies {@link RecordRules}.
 */
public enum RecordAction {
    OMBUDSMAN_ADD("ombudsman-add", "ombudsman/add"),
    OMBUDSMAN_DECISION("ombudsman-decision", "ombudsman/{id}/decision"),
    // Issue 21: a decision recorded by mistake is put right, with a reason (OmbudsmanCorrection)
    OMBUDSMAN_CORRECT("ombudsman-correct", "ombudsman/{id}/correct"),
    RECOMMENDATION("recommendation", "ombudsman/{id}/recommendation"),
    COMPLIED("complied", "ombudsman/recommendations/{id}/complied"),
    LEARNING_ADD("learning-add", "learning/add"),
    LEARNING_DONE("learning-done", "learning/{id}/done");

    private final String code;
    private final String path;
    private final Pattern pattern;

    RecordAction(String code, String path) {
        this.code = code;
        this.path = path;
        // A row's id is a number that fits a long; the paths have no other pattern characters.
        this.pattern = Pattern.compile(path.replace("{id}", "(\\d{1,18})"));
    }

    /** An action and the row it is about (0 for the actions that add a row). */
    record Row(RecordAction action, long id) {
    }

    String code() {
        return code;
    }

    /** The path below the case, for the row {@code id} (ignored by the actions that add a row). */
    public String path(long id) {
        return path.replace("{id}", String.valueOf(id));
    }

    /** The action and row a path below the case names, read through the paths above; empty for any other path. */
    static Optional<Row> of(String below) {
        return Arrays.stream(values()).map(a -> {
            Matcher m = a.pattern.matcher(below);
            return !m.matches() ? null : new Row(a, m.groupCount() == 0 ? 0 : Long.parseLong(m.group(1)));
        }).filter(java.util.Objects::nonNull).findFirst();
    }
}
