package uk.council.complaints.cases;

import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.Step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every coded answer a stored case can hold, by question: the public form's options, plus the codes
 * the mapper itself writes. Each has its words at {@code field.<question>.option.<code>} (tested).
 */
public final class CaseCodes {
    /** A young person reached through their advocate, social worker or carer (youngperson keeps who). */
    public static final String THROUGH_HELPER = "helper";
    /** Issue 21: staff may record that the person did not say what they want to happen. */
    public static final String NOT_SPECIFIED = "not-specified";
    private static final Map<String, List<String>> ADDED_BY_MAPPER = Map.of("preferredContact", List.of(THROUGH_HELPER),
            "outcomesSought", List.of(NOT_SPECIFIED));

    private CaseCodes() {
    }

    public static Map<String, List<String>> all() {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        Arrays.stream(Step.values()).flatMap(s -> s.fields().stream()).filter(f -> !f.options().isEmpty())
                .forEach(f -> codes.merge(f.name(), f.options(), CaseCodes::union));
        ADDED_BY_MAPPER.forEach((question, extra) -> codes.merge(question, extra, CaseCodes::union));
        return codes;
    }

    /** The message key of a code's words, for the case page and the check-answers page alike. */
    public static String labelKey(String question, String code) {
        return Field.optionKey(question, code);
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return List.copyOf(all);
    }
}
