package uk.council.complaints.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The narrative sections as a form: one text area each, optional, checked like every staff form (length in
 * characters, no control characters) by the public form's checker; the words are the report's.
 */
@Singleton
class NarrativeForm {
    private final Messages msg;

    NarrativeForm(Messages msg) {
        this.msg = msg;
    }

    /** What each section says, for the report (its words, paragraphs, who wrote it and when). */
    record Section(String code, String heading, List<String> paragraphs, @Nullable String written) {
    }

    List<FieldView> fields(Map<String, String> values, Map<String, String> errors) {
        return Narratives.SECTIONS.stream().map(s -> FieldView.textarea(s, msg.get("report.narrative." + s),
                msg.get("report.narrative." + s + ".hint"), Narratives.MAX_LENGTH, values.getOrDefault(s, ""),
                errors.get(s)).optional()).toList();
    }

    /** Problems by section; empty when the sections can be saved. */
    Map<String, String> check(Map<String, String> typed) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        typed.forEach((k, v) -> form.put(k, List.of(v)));
        Answers answers = new Answers(form);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldView f : fields(Map.of(), Map.of())) {
            FieldChecks.check(f.field(), answers).ifPresent(e -> errors.put(f.name(), e.code().equals("tooLong")
                    ? msg.get("staff.form.error.tooLong", msg.readable(e.args()))
                    : msg.get("report.narrative.error.invalid", f.label())));
        }
        return errors;
    }

    static Map<String, String> values(Map<String, Narratives.Narrative> saved) {
        Map<String, String> values = new LinkedHashMap<>();
        saved.forEach((k, v) -> values.put(k, v.body()));
        return values;
    }

    List<Section> sections(Map<String, Narratives.Narrative> saved) {
        List<Section> sections = new ArrayList<>();
        for (String s : Narratives.SECTIONS) {
            Narratives.Narrative n = saved.get(s);
            List<String> paragraphs = n == null ? List.of()
                    : List.of(n.body().strip().split("\\s*\\n\\s*\\n\\s*"));
            sections.add(new Section(s, msg.get("report.narrative." + s), paragraphs, n == null ? null
                    : msg.get("report.narrative.written", n.writtenBy(), msg.time(n.writtenAt()))));
        }
        return sections;
    }
}
