package uk.council.complaints.api;

import uk.council.complaints.cases.Sections;
import uk.council.complaints.cases.SubmittedCase;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case's answers for the API: every stored answer of {@link SubmittedCase} by its name, as stored (codes as in the
 * CSV export, dates ISO 8601), empty ones left out, and each multiple-choice question's codes. Read from the record's
 * components, so an answer added to the case later is in the API without a change here.
 */
final class CaseAnswers {
    /** Components that are not answers: the summary carries them, or they are internal. */
    private static final Set<String> NOT_ANSWERS = Set.of("id", "reference", "draftId", "kind", "status", "submittedAt",
            "receivedOn", "receivedVia", "enteredBy", "demo");

    private CaseAnswers() {
    }

    static Map<String, Object> summary(SubmittedCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("kind", c.kind().name());
        m.put("stage", CaseChanges.stage(c.kind().name()));
        m.put("status", c.status().code());
        m.put("submittedAt", c.submittedAt().toString());
        m.put("receivedOn", c.receivedOn().toString());
        m.put("receivedVia", c.receivedVia());
        m.put("enteredByStaff", c.enteredBy() != null);
        return m;
    }

    static Map<String, Object> answers(SubmittedCase c, Map<String, List<String>> choices) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (RecordComponent component : SubmittedCase.class.getRecordComponents()) {
            if (NOT_ANSWERS.contains(component.getName())) {
                continue;
            }
            Object value = read(component, c);
            if (value instanceof Record section && Sections.ALL.contains(section.getClass())) {
                // The person's answers are in section records (issue 24): each answer by its own name.
                Sections.values(section).forEach((name, v) -> put(answers, name, v));
            } else {
                put(answers, component.getName(), value);
            }
        }
        answers.putAll(choices);
        return answers;
    }

    private static void put(Map<String, Object> answers, String name, Object value) {
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            value = value.toString();
        }
        if (value != null && !"".equals(value)) {
            answers.put(name, value);
        }
    }

    private static Object read(RecordComponent component, SubmittedCase c) {
        try {
            return component.getAccessor().invoke(c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(component.getName(), e);
        }
    }
}
