package uk.council.complaints.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the person has answered so far: every field name to its submitted values.
 * Multi-valued because checkboxes send one value per ticked box.
 */
public final class Answers {
    private final Map<String, List<String>> values;

    public Answers(Map<String, List<String>> values) {
        this.values = new LinkedHashMap<>();
        values.forEach((k, v) -> this.values.put(k, List.copyOf(v)));
    }

    public static Answers empty() {
        return new Answers(Map.of());
    }

    /** The single value of a field, tidied; empty when not answered. */
    public String get(String field) {
        List<String> v = values.get(field);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : tidy(v.get(0));
    }

    public List<String> all(String field) {
        return values.getOrDefault(field, List.of()).stream()
                .filter(s -> s != null).map(Answers::tidy).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * An answer without the spaces and line breaks around it (what {@code String.strip} removes, and the tabs and line
     * breaks {@code String.trim} does): the one rule for every form, public and staff, so what is checked is what is
     * kept. Other control characters (a NUL at the end) are left for the checks to refuse, never quietly dropped.
     */
    public static String tidy(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && edge(s.charAt(start))) {
            start++;
        }
        while (end > start && edge(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean edge(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.isWhitespace(c) && !Character.isISOControl(c);
    }

    public boolean has(String field) {
        return !all(field).isEmpty();
    }

    public boolean is(String field, String value) {
        return get(field).equals(value);
    }

    /** A date question's three parts as a date (already validated by the journey); null when not answered. */
    public java.time.LocalDate date(String field) {
        if (!has(field + "-year")) {
            return null;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(get(field + "-year")), Integer.parseInt(get(field + "-month")),
                    Integer.parseInt(get(field + "-day")));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * A copy with the fields of one step replaced by what was just posted, less a follow-up whose option is not
     * chosen (a box typed in with JavaScript off, then the option unticked): it is not asked, so not kept.
     */
    public Answers with(Step step, Map<String, List<String>> posted) {
        Answers typed = asTyped(step, posted);
        Map<String, List<String>> kept = new LinkedHashMap<>(typed.values);
        step.fields().stream().filter(f -> !f.asked(typed)).flatMap(f -> f.postedNames().stream()).forEach(kept::remove);
        return new Answers(kept);
    }

    /** Everything just posted on the step, follow-ups too: only to show the page again with its errors. */
    public Answers asTyped(Step step, Map<String, List<String>> posted) {
        Map<String, List<String>> merged = new LinkedHashMap<>(values);
        for (String name : step.fieldNames()) {
            merged.remove(name);
            List<String> v = posted.get(name);
            if (v != null) {
                merged.put(name, v);
            }
        }
        return new Answers(merged);
    }

    /**
     * Only the answers to questions asked on this path: answers left on a branch the person changed away from, and
     * follow-ups whose option is not chosen, are dropped.
     */
    public Answers retain(List<Step> path) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        path.stream().flatMap(s -> s.fields().stream()).filter(f -> f.asked(this))
                .flatMap(f -> f.postedNames().stream()).distinct()
                .filter(values::containsKey).forEach(name -> kept.put(name, values.get(name)));
        if (path.contains(Step.CHILD)) {
            values.keySet().stream().filter(Children::isLaterChildKey).forEach(name -> kept.put(name, values.get(name)));
        }
        return new Answers(kept);
    }

    public Map<String, List<String>> asMap() {
        return Map.copyOf(values);
    }
}
