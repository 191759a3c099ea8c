package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The issues of a complaint as staff enter them, on the staff intake page and the "Record the issues" page:
 * {@link #SLOTS} rows of a nature ({@link Natures}) and an optional summary, posted as {@code issue-N-nature}
 * and {@code issue-N-summary}. A row left blank is not an issue; a nature not on the list of the case's procedure is
 * refused, one of the other procedure's list with words that say so (issue 21).
 */
@Singleton
public class IssueForm {
    public static final int SLOTS = 5;
    static final int SUMMARY_MAX = 500;
    private final Natures natures;
    private final Messages msg;

    IssueForm(Natures natures, Messages msg) {
        this.natures = natures;
        this.msg = msg;
    }

    public record Entry(String nature, @Nullable String summary) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** One row to render: the ids of its two inputs, what was typed, its errors and the natures to choose from. */
    public record Row(int position, String natureId, String summaryId, String summary, @Nullable String natureError,
                      @Nullable String summaryError, List<Option> options) {
    }

    /** The issues the form holds, in order (blank rows left out). Check them first. */
    public List<Entry> read(Map<String, List<String>> form) {
        Answers a = new Answers(form);
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= SLOTS; i++) {
            String nature = a.get(natureId(i));
            if (!nature.isEmpty()) {
                String summary = a.get(summaryId(i));
                entries.add(new Entry(nature, summary.isEmpty() ? null : summary));
            }
        }
        return entries;
    }

    /** Errors by input id, in the order of the page; {@code required}: at least one issue. */
    public Map<String, String> check(Map<String, List<String>> form, boolean required, Procedure procedure) {
        Answers a = new Answers(form);
        Map<String, String> errors = new LinkedHashMap<>();
        boolean any = false;
        for (int i = 1; i <= SLOTS; i++) {
            String nature = a.get(natureId(i));
            Field summary = new Field(summaryId(i), FieldKind.TEXT, false, SUMMARY_MAX, List.of(), "", "");
            FieldChecks.check(summary, a).ifPresent(e -> errors.put(summary.name(), e.code().equals("tooLong")
                    ? msg.get("staff.issues.error.summaryTooLong", msg.readable(e.args())) : msg.get("staff.issues.error.summaryInvalid")));
            if (nature.isEmpty() && a.has(summaryId(i))) {
                errors.put(natureId(i), msg.get("staff.issues.error.natureForSummary", i));
            } else if (!nature.isEmpty() && natures.belongsToOther(procedure, nature)) {
                errors.put(natureId(i), msg.get("staff.issues.error.otherProcedure." + procedure.name().toLowerCase(
                        java.util.Locale.ROOT), i, msg.get(Natures.labelKey(nature))));
            } else if (!nature.isEmpty() && !natures.isKnown(procedure, nature)) {
                errors.put(natureId(i), msg.get("staff.issues.error.unknownNature", i));
            }
            any |= !nature.isEmpty();
        }
        if (required && !any && !errors.containsKey(natureId(1))) {
            errors.put(natureId(1), msg.get("staff.issues.error.atLeastOne"));
        }
        return errors;
    }

    /** The rows offering the natures of {@code procedure}, or of both when it is not known yet (null). */
    public List<Row> rows(Map<String, List<String>> form, Map<String, String> errors, @Nullable Procedure procedure) {
        List<String> codes = procedure == null ? natures.all() : natures.codes(procedure);
        Answers a = new Answers(form);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= SLOTS; i++) {
            String chosen = a.get(natureId(i));
            List<Option> options = new ArrayList<>();
            options.add(new Option("", msg.get("staff.issues.choose"), chosen.isEmpty()));
            codes.forEach(c -> options.add(new Option(c, msg.get(Natures.labelKey(c)), c.equals(chosen))));
            // A nature of the other list, refused, is still shown as given.
            if (!codes.contains(chosen) && natures.isKnown(chosen)) {
                options.add(new Option(chosen, msg.get(Natures.labelKey(chosen)), true));
            }
            rows.add(new Row(i, natureId(i), summaryId(i), a.get(summaryId(i)), errors.get(natureId(i)),
                    errors.get(summaryId(i)), options));
        }
        return rows;
    }

    /** The form values that show these stored issues (to edit them). */
    public static Map<String, List<String>> values(List<CaseIssue> issues) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (CaseIssue issue : issues) {
            values.put(natureId(issue.position()), List.of(issue.nature()));
            values.put(summaryId(issue.position()), List.of(issue.summary() == null ? "" : issue.summary()));
        }
        return values;
    }

    /** "Delay: letters unanswered for weeks; Finance", for the timeline. */
    public String describe(List<Entry> entries) {
        return String.join("\n", entries.stream().map(e -> msg.get(Natures.labelKey(e.nature()))
                + (e.summary() == null ? "" : ": " + e.summary())).toList());
    }

    public static String natureId(int position) {
        return "issue-" + position + "-nature";
    }

    public static String summaryId(int position) {
        return "issue-" + position + "-summary";
    }
}
