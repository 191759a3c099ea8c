package uk.council.complaints.intake;

import jakarta.inject.Singleton;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rows of "Check your answers": every question on the person's path, with a Change link. */
@Singleton
class CheckAnswers {
    private final Messages msg;

    CheckAnswers(Messages msg) {
        this.msg = msg;
    }

    record Row(String key, List<String> lines, String changeHref, String changeHidden) {
    }

    List<Row> rows(List<Step> path, Answers answers) {
        return rows(path, answers, List.of());
    }

    /** With the names of the files attached on the evidence page, in its place on the path. */
    List<Row> rows(List<Step> path, Answers answers, List<String> files) {
        List<Row> rows = new ArrayList<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Step step : path) {
            if (step == Step.EVIDENCE) {
                String label = msg.get("check.evidence");
                rows.add(new Row(label, files.isEmpty() ? List.of(msg.get("check.evidence.none")) : files,
                        "/form/" + step.slug() + "?change=yes", label.toLowerCase(msg.locale())));
            }
            if (step == Step.CHILD || step == Step.CHILDREN) {
                rows.addAll(step == Step.CHILD ? children(answers) : List.of());
                continue;
            }
            for (Field f : step.fields()) {
                // The same question on two pages (the call-back phone is also on the contact page) is shown once;
                // two questions are never merged because their labels happen to read the same.
                if (!f.asked(answers) || !shown.add(f.name())) {
                    continue; // and a follow-up whose option was not chosen was not asked
                }
                String label = label(f, answers);
                rows.add(new Row(label, lines(f, answers), "/form/" + step.slug() + "?change=yes",
                        label.toLowerCase(msg.locale())));
            }
        }
        return rows;
    }

    /**
     * Every child's answers, each with its own Change link; with several, each label says which child, and a last
     * row lists them with a link to the children page (to add or remove one). The "add another?" answer is not shown.
     */
    private List<Row> children(Answers answers) {
        int count = Math.max(1, Children.count(answers));
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Answers child = Children.child(answers, n);
            for (Field f : Step.CHILD.fields()) {
                String label = count == 1 ? label(f, child) : msg.get("check.child", n, label(f, child));
                rows.add(new Row(label, lines(f, child), ChildrenList.childPage(n, true),
                        label.toLowerCase(msg.locale())));
            }
        }
        if (count > 1) {
            List<String> names = Children.all(answers).stream().map(c -> c.get("childName")).toList();
            rows.add(new Row(msg.get("check.children"), names, "/form/" + Step.CHILDREN.slug() + "?change=yes",
                    msg.get("check.children").toLowerCase(msg.locale())));
        }
        return rows;
    }

    /** The question's words; for several children, those that say "the children" (issue 27). */
    private String label(Field f, Answers a) {
        String base = "field." + f.name();
        return msg.find(base + ".summary").orElseGet(() -> msg.get(ChildWords.key(msg, base + ".label", a)));
    }

    private List<String> lines(Field f, Answers a) {
        if (f.kind() == FieldKind.DATE) {
            LocalDate date = FieldDates.parse(a, f.name());
            return List.of(date == null ? msg.get("check.notGiven") : msg.date(date, "date"));
        }
        List<String> values = a.all(f.name());
        if (values.isEmpty()) {
            return List.of(msg.get("check.notGiven"));
        }
        if (f.kind() == FieldKind.RADIOS || f.kind() == FieldKind.CHECKBOXES) {
            return values.stream().map(v -> msg.get(ChildWords.key(msg, Field.optionKey(f.name(), v), a))).toList();
        }
        return values.get(0).lines().toList();
    }
}
