package uk.council.complaints.casework.page;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.Answer;
import uk.council.complaints.cases.CaseBuilder;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseCodes;
import uk.council.complaints.cases.Sections;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.queue.ExportColumns;
import uk.council.complaints.web.Messages;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 24, by reflection over the section records: every answer a case stores is declared ({@link Answer}), shown
 * on the staff case page, carried to a case made from it unless declared not to be, and in the CSV export unless
 * declared team only (and then never in it). Which answers of the form are stored is {@code EveryAnswerIsKeptTest}'s.
 * Each check names what the output missed, so adding a question to a section with no other edit passes, and an
 * output that stops walking the sections fails.
 */
@MicronautTest(transactional = false)
class EveryAnswerReachesEveryOutputTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    @Inject
    CaseAnswers answers;
    @Inject
    Messages msg;

    @Test
    void everySectionAnswerIsDeclared() {
        List<String> undeclared = new ArrayList<>();
        for (Class<? extends Record> s : Sections.ALL) {
            for (RecordComponent rc : s.getRecordComponents()) {
                if (rc.getAnnotation(Answer.class) == null) {
                    undeclared.add(s.getSimpleName() + "." + rc.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared, "say with @Answer whether it may leave the team");
    }

    @Test
    void everyAnswerIsShownToStaff() {
        SubmittedCase c = everyAnswerGiven();
        List<CaseChoice> choices = Sections.allChoices().stream()
                .map(q -> CaseChoice.of(1L, q, CaseCodes.all().get(q).get(0))).toList();
        List<String> labels = answers.rows(c, choices, List.of()).stream().map(CaseAnswers.Row::key).toList();
        List<String> missing = new ArrayList<>();
        Sections.parts().forEach(p -> check(labels, p.name(), missing));
        Sections.allChoices().forEach(q -> check(labels, q, missing));
        assertEquals(List.of(), missing, "answers the case page does not show");
    }

    @Test
    void everyAnswerIsCopiedToTheNextCaseUnlessDeclaredNot() {
        SubmittedCase c = everyAnswerGiven();
        SubmittedCase next = c.copyAs("NEXT", SubmissionKind.STAGE2, NOW).build();
        List<String> wrong = new ArrayList<>();
        for (Sections.Part p : Sections.parts()) {
            Object expected = p.answer().copied() ? p.valueIn(c) : p.type() == boolean.class ? Boolean.FALSE : null;
            if (!java.util.Objects.equals(expected, p.valueIn(next))) {
                wrong.add(p.name() + (p.answer().copied() ? " not copied" : " copied though declared not"));
            }
        }
        assertEquals(List.of(), wrong, "escalation and conversion copy every answer declared copied");
    }

    @Test
    void everyAnswerIsExportedOrDeclaredTeamOnly() {
        List<String> wrong = new ArrayList<>();
        for (Sections.Part p : Sections.parts()) {
            boolean exported = ExportColumns.HEADER.contains(p.header());
            if (exported == p.answer().teamOnly()) {
                wrong.add(p.name() + (exported ? " is team only but exported" : " is not exported"));
            }
        }
        assertEquals(List.of(), wrong, "the CSV export holds every answer that may leave the team, and no other");
    }

    private void check(List<String> labels, String name, List<String> missing) {
        if (!labels.contains(msg.get("staff.answer." + name))) {
            missing.add(name);
        }
    }

    /** A case with every answer of every section given: a code from its question's options, else a value of its type. */
    private static SubmittedCase everyAnswerGiven() {
        CaseBuilder b = SubmittedCase.builder("EVERY1", SubmissionKind.COMPLAINT, NOW);
        for (Sections.Part p : Sections.parts()) {
            b.answer(p.name(), sample(p));
        }
        return b.build().withId(1L);
    }

    private static Object sample(Sections.Part p) {
        if (p.type() == boolean.class) {
            return true;
        }
        if (p.type() == LocalDate.class) {
            return LocalDate.of(2026, 3, 4);
        }
        if (p.type() == Integer.class) {
            return 7;
        }
        if (!p.answer().words().isEmpty()) {
            return "parent";
        }
        List<String> codes = CaseCodes.all().get(p.question());
        return codes != null ? codes.get(0) : p.name() + " given";
    }
}
