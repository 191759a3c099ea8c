package uk.council.complaints.staff;

import uk.council.complaints.journey.Answers;
import uk.council.complaints.web.FormDecoding;

import java.util.List;
import java.util.Map;

/** A staff form post, strictly decoded (web.FormDecoding), with every value of repeated names (ticked checkboxes). */
public record StaffForm(Map<String, List<String>> values) {
    private static final int MAX_PARAMS = 100;

    static StaffForm parse(String body) {
        return new StaffForm(FormDecoding.parse(body, MAX_PARAMS));
    }

    /** The first value, tidied as the checks see it (Answers.tidy); empty when not sent. */
    public String get(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : Answers.tidy(v.get(0));
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(s -> !s.isBlank()).distinct().toList();
    }
}
