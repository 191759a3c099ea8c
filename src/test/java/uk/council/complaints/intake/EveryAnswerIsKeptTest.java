package uk.council.complaints.intake;

import org.junit.jupiter.api.Test;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Step;
import uk.council.complaints.journey.StepValidator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every question on every journey: change only that answer, map the answers as a submission would,
 * and see whether what is stored (the case, its ticked choices, equality monitoring) changes. If it
 * does not, the answer would be dropped: it must be in {@link NotKept}, with the reason.
 */
class EveryAnswerIsKeptTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    // With the evidence page: it has no questions (files are kept in evidence_file), but every step is visited.
    private final Journey journey = new Journey(new StepValidator(), true);

    @Test
    void everyAnswerIsStoredOrDeclaredNotKept() {
        Set<String> dropped = new TreeSet<>();
        Set<String> kept = new TreeSet<>();
        for (Answers scenario : JourneyScenarios.all()) {
            assertTrue(journey.isComplete(scenario, TODAY), () -> "scenario not complete: " + scenario.asMap());
            for (Step step : journey.path(scenario)) {
                for (Field f : step.fields()) {
                    // Dropped if any other answer to this question leaves what is stored the same.
                    boolean changes = variants(scenario, f).stream()
                            .allMatch(v -> !stored(scenario).equals(stored(v)));
                    (changes ? kept : dropped).add(f.name());
                }
            }
        }
        List<String> undeclared = dropped.stream().filter(f -> NotKept.of(f).isEmpty()).toList();
        assertEquals(List.of(), undeclared, "answers dropped on submit: map them in CaseMapper or list them in NotKept");
        List<String> wronglyDeclared = kept.stream().filter(f -> !dropped.contains(f) && NotKept.of(f).isPresent()).toList();
        assertEquals(List.of(), wronglyDeclared, "answers stored on the case but listed in NotKept");
    }

    @Test
    void theScenariosVisitEveryStep() {
        Set<Step> visited = EnumSet.noneOf(Step.class);
        JourneyScenarios.all().forEach(s -> visited.addAll(journey.path(s)));
        assertEquals(EnumSet.allOf(Step.class), visited, "add a scenario to JourneyScenarios for the new step");
    }

    @Test
    void everyNotKeptEntryNamesAQuestionAndSaysWhy() {
        Set<String> questions = new TreeSet<>();
        for (Step s : Step.values()) {
            s.fields().forEach(f -> questions.add(f.name()));
        }
        for (NotKept n : NotKept.values()) {
            assertTrue(questions.contains(n.field()), n + " names no question");
            assertTrue(n.reason().length() > 20, n + " needs a reason");
        }
    }

    /** Everything a submission stores from the answers. */
    private List<Object> stored(Answers all) {
        Answers a = all.retain(journey.path(all));
        var c = CaseMapper.toCase(a, "TEST-REF1", "draft", NOW);
        return List.of(c, CaseMapper.choices(1L, a), CaseMapper.equality(a, c.kind(), NOW), CaseMapper.children(1L, a));
    }

    /** The same answers with only this question answered differently: each other choice of a radio question. */
    private static List<Answers> variants(Answers a, Field f) {
        if (f.kind() != FieldKind.RADIOS) {
            return List.of(changed(a, f));
        }
        return f.options().stream().filter(o -> !a.is(f.name(), o)).map(o -> {
            Map<String, List<String>> m = new LinkedHashMap<>(a.asMap());
            m.put(f.name(), List.of(o));
            return new Answers(m);
        }).toList();
    }

    private static Answers changed(Answers a, Field f) {
        Map<String, List<String>> m = new LinkedHashMap<>(a.asMap());
        if (f.kind() == FieldKind.DATE) {
            m.put(f.name() + "-day", List.of(a.get(f.name() + "-day").equals("2") ? "3" : "2"));
        } else if (!f.options().isEmpty()) {
            List<String> now = a.all(f.name());
            List<String> other = new ArrayList<>(f.options().stream().filter(o -> !now.contains(o)).limit(1).toList());
            if (f.kind() == FieldKind.CHECKBOXES) {
                other.addAll(now.size() > 1 ? now.subList(1, now.size()) : List.of());
            }
            m.put(f.name(), now.size() == 1 && f.options().size() == 1 ? List.of() : other);
        } else if (f.kind() == FieldKind.NUMBER) {
            m.put(f.name(), List.of(a.get(f.name()).equals("7") ? "8" : "7"));
        } else {
            m.put(f.name(), List.of("2" + a.get(f.name())));
        }
        return new Answers(m);
    }
}
