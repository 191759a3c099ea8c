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

    /** The single value of a field, trimmed; empty when not answered. */
    public String get(String field) {
        List<String> v = values.get(field);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).trim();
    }

    public List<String> all(String field) {
        return values.getOrDefault(field, List.of()).stream()
                .filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    }

    public boolean has(String field) {
        return !all(field).isEmpty();
    }

    public boolean is(String field, String value) {
        return get(field).equals(value);
    }

    /** A copy with the fields of one step replaced by what was just posted. */
    public Answers with(Step step, Map<String, List<String>> posted) {
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

    /** Only the answers to pages on this path: answers left on a branch the person changed away from are dropped. */
    public Answers retain(List<Step> path) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        path.stream().flatMap(s -> s.fieldNames().stream()).distinct()
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
