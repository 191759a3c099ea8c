package uk.council.complaints.casework.page;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseChild;
import uk.council.complaints.cases.CaseChildRepository;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseCodes;
import uk.council.complaints.cases.Sections;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.cases.TheChild;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every answer on a case, in words, section by section ({@link Sections}: issue 24, no list of its own here); questions
 * not asked on this journey are left out. The label of an answer is {@code staff.answer.<name>}.
 */
@Singleton
class CaseAnswers {
    private final Messages msg;
    private final CaseChildRepository children;

    CaseAnswers(Messages msg, CaseChildRepository children) {
        this.msg = msg;
        this.children = children;
    }

    record Row(String key, List<String> lines) {
    }

    List<Row> rows(SubmittedCase c, List<CaseChoice> choices) {
        return rows(c, choices, children.findByCaseIdOrderByPosition(c.id()));
    }

    /** The children (case_child) where the child's section begins: one child's details a row each, or a row a child. */
    List<Row> rows(SubmittedCase c, List<CaseChoice> choices, List<CaseChild> children) {
        List<Row> rows = new ArrayList<>();
        for (Class<? extends Record> section : Sections.ALL) {
            if (section == TheChild.class) {
                rows.addAll(children(children));
            }
            for (Sections.Part p : Sections.parts().stream().filter(p -> p.section() == section).toList()) {
                add(rows, p.name(), words(p, p.valueIn(c)));
            }
            for (String question : Sections.choices(section)) {
                add(rows, question, choices(choices, question));
            }
        }
        return rows;
    }

    private void add(List<Row> rows, String name, List<String> lines) {
        if (!lines.isEmpty()) {
            rows.add(new Row(msg.get("staff.answer." + name), lines));
        }
    }

    /** One answer in words: a code by its option's words, a date as a date, a yes as "Yes"; nothing when empty. */
    private List<String> words(Sections.Part p, Object value) {
        if (value == null || Boolean.FALSE.equals(value) || value.toString().isBlank()) {
            return List.of();
        }
        if (value instanceof Boolean) {
            return List.of(msg.get("staff.answer.yes"));
        }
        if (value instanceof LocalDate d) {
            return List.of(msg.date(d, "date"));
        }
        if (!p.answer().words().isEmpty()) {
            return List.of(msg.get(p.answer().words() + value));
        }
        if (CaseCodes.all().containsKey(p.question())) {
            return List.of(StaffChoices.staffWords(msg, CaseCodes.labelKey(p.question(), value.toString())));
        }
        return value.toString().lines().toList();
    }

    private List<Row> children(List<CaseChild> children) {
        List<Row> rows = new ArrayList<>();
        if (children.size() > 1) {
            children.forEach(k -> rows.add(new Row(msg.get("staff.answer.child", k.position()), child(k))));
        } else if (children.size() == 1) {
            CaseChild k = children.get(0);
            add(rows, "childName", List.of(k.name()));
            add(rows, "childDob", k.dob() == null ? List.of() : List.of(msg.date(k.dob(), "date")));
            add(rows, "childAge", k.age() == null ? List.of() : List.of(String.valueOf(k.age())));
            add(rows, "childAddress", k.address() == null ? List.of() : k.address().lines().toList());
        }
        return rows;
    }

    /** One child in words: name, then date of birth or age, then address when given. */
    private List<String> child(CaseChild k) {
        List<String> lines = new ArrayList<>(List.of(k.name()));
        if (k.dob() != null) {
            lines.add(msg.get("staff.answer.child.born", msg.date(k.dob(), "date")));
        }
        if (k.age() != null) {
            lines.add(msg.get("staff.answer.child.age", k.age()));
        }
        if (k.address() != null) {
            lines.addAll(k.address().lines().toList());
        }
        return lines;
    }

    private List<String> choices(List<CaseChoice> all, String question) {
        return all.stream().filter(ch -> ch.question().equals(question))
                .map(ch -> StaffChoices.staffWords(msg, CaseCodes.labelKey(question, ch.choice()))).toList();
    }
}
