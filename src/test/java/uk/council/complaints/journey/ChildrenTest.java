package uk.council.complaints.journey;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.journey.JourneyTest.answers;
import static uk.council.complaints.journey.Step.CHILD;
import static uk.council.complaints.journey.Step.CHILDREN;
import static uk.council.complaints.journey.Step.PARENTAL_RESPONSIBILITY;

/** Several children (docs/adr/0017-several-children.md): the "add another" list as pure rules. */
class ChildrenTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final StepValidator validator = new StepValidator(3);
    private final Journey journey = new Journey(validator);

    private static Answers parentWithChild(String name) {
        return answers("purpose", "complaint", "role", "parent", "riskNow", "no", "childName", name, "childAge", "9");
    }

    private static Map<String, List<String>> child(String name, String age) {
        return Map.of("childName", List.of(name), "childAge", List.of(age));
    }

    @Test
    void theChildrenPageFollowsTheChildPageOnEveryPathThatAsksAboutAChild() {
        for (String purpose : List.of("complaint", "callback", "stage2")) {
            List<Step> path = journey.path(answers("purpose", purpose, "role", "relative"));
            assertEquals(path.indexOf(CHILD) + 1, path.indexOf(CHILDREN), purpose);
        }
        assertFalse(journey.path(answers("purpose", "complaint", "role", "young-person")).contains(CHILDREN),
                "a young person's own complaint names no child");
    }

    @Test
    void theFirstChildKeepsThePlainNamesSoADraftSavedBeforeStillWorks() {
        Answers before = parentWithChild("Sam Example");
        assertEquals(1, Children.count(before));
        assertEquals("Sam Example", Children.child(before, 1).get("childName"));
        assertEquals("childName", Children.key(1, "childName"));
        assertTrue(journey.isReachable(PARENTAL_RESPONSIBILITY, before, TODAY),
                "an old draft never answered \"add another?\": it is not stopped on the children page");
    }

    @Test
    void laterChildrenAreKeptUnderNumberedNamesAndSurviveRetain() {
        Answers a = Children.put(parentWithChild("Sam Example"), 2, child("Alex Example", "4"));
        assertEquals(2, Children.count(a));
        assertEquals("Alex Example", a.get("child2.childName"));
        assertEquals(List.of("Sam Example", "Alex Example"), Children.all(a).stream().map(c -> c.get("childName")).toList());
        Answers kept = a.retain(journey.path(a));
        assertEquals(2, Children.count(kept), "the path keeps every child");
        Answers youngPerson = answers("purpose", "complaint", "role", "young-person", "child2.childName", "Left over");
        assertFalse(youngPerson.retain(journey.path(youngPerson)).has("child2.childName"), "not on a path without the child page");
    }

    @Test
    void changingAChildReplacesOnlyThatChildAndAsksAddAnotherAgain() {
        Answers a = Children.put(parentWithChild("Sam Example"), 2, child("Alex Example", "4"));
        a = Children.put(new Answers(merge(a, Children.ADD_ANOTHER, "no")), 2,
                Map.of("childName", List.of("Alex Changed"), "childAddress", List.of("3 Road")));
        assertEquals("Alex Changed", Children.child(a, 2).get("childName"));
        assertFalse(Children.child(a, 2).has("childAge"), "the page's answers are replaced, not merged");
        assertEquals("Sam Example", Children.child(a, 1).get("childName"));
        assertFalse(a.has(Children.ADD_ANOTHER));
    }

    @Test
    void removingAChildMovesTheLaterOnesUpAndNeverLeavesTheListEmpty() {
        Answers a = Children.put(Children.put(parentWithChild("Sam"), 2, child("Alex", "4")), 3, child("Kim", "2"));
        Answers withoutFirst = Children.remove(a, 1);
        assertEquals(List.of("Alex", "Kim"), Children.all(withoutFirst).stream().map(c -> c.get("childName")).toList());
        assertEquals("Alex", withoutFirst.get("childName"), "the second child becomes the first, under the plain names");
        assertFalse(withoutFirst.has("child3.childName"));
        Answers withoutMiddle = Children.remove(a, 2);
        assertEquals(List.of("Sam", "Kim"), Children.all(withoutMiddle).stream().map(c -> c.get("childName")).toList());
        Answers only = parentWithChild("Sam");
        assertFalse(Children.canRemove(only, 1));
        assertEquals(only.asMap(), Children.remove(only, 1).asMap(), "the only child stays");
        assertFalse(Children.canRemove(a, 4), "no such child");
    }

    @Test
    void aChildPageOpensForAChildNamedOrTheNextOneBelowTheLimit() {
        Answers two = Children.put(parentWithChild("Sam"), 2, child("Alex", "4"));
        assertTrue(Children.canOpen(two, 2, 3));
        assertTrue(Children.canOpen(two, 3, 3));
        assertFalse(Children.canOpen(two, 4, 3), "not past the next one");
        assertFalse(Children.canOpen(Children.put(two, 3, child("Kim", "2")), 4, 3), "not past the limit");
        assertFalse(Children.canOpen(two, 0, 3));
    }

    @Test
    void yesOnTheListGoesToTheNextChildAndNoGoesOn() {
        Answers one = parentWithChild("Sam");
        assertEquals(2, Children.nextChild(new Answers(merge(one, Children.ADD_ANOTHER, "yes")), 3).getAsInt());
        assertTrue(Children.nextChild(new Answers(merge(one, Children.ADD_ANOTHER, "no")), 3).isEmpty());
        Answers yes = new Answers(merge(one, Children.ADD_ANOTHER, "no"));
        assertEquals(PARENTAL_RESPONSIBILITY, journey.next(CHILDREN, yes).orElseThrow());
    }

    @Test
    void theQuestionIsRequiredBelowTheLimitAndAYesIsRefusedAtIt() {
        Answers one = parentWithChild("Sam");
        assertEquals(List.of("addAnotherChild.required"), codes(one));
        assertEquals(List.of(), codes(new Answers(merge(one, Children.ADD_ANOTHER, "no"))));
        assertEquals(List.of("addAnotherChild.invalid"), codes(new Answers(merge(one, Children.ADD_ANOTHER, "maybe"))));
        Answers full = Children.put(Children.put(one, 2, child("Alex", "4")), 3, child("Kim", "2"));
        assertTrue(Children.isFull(full, 3));
        assertEquals(List.of(), codes(full), "at the limit the question is not asked");
        assertEquals(List.of("addAnotherChild.tooMany"), codes(new Answers(merge(full, Children.ADD_ANOTHER, "yes"))));
        assertTrue(Children.nextChild(new Answers(merge(full, Children.ADD_ANOTHER, "yes")), 3).isEmpty());
    }

    @Test
    void aLaterChildSavedForLaterAsTypedStopsTheJourneyOnTheChildrenPage() {
        Answers a = Children.put(parentWithChild("Sam"), 2, Map.of("childName", List.of("Alex")));
        assertEquals(List.of("addAnotherChild.incomplete"), codes(a));
        assertEquals(CHILDREN, journey.firstIncomplete(a, TODAY).orElseThrow(),
                "child 2 has neither a date of birth nor an age");
        assertFalse(journey.isReachable(PARENTAL_RESPONSIBILITY, a, TODAY));
    }

    @Test
    void compactingDropsEmptySlotsAndAnythingPastThem() {
        Answers a = Children.put(Children.put(parentWithChild("Sam"), 3, child("Kim", "2")), 5, child("Lee", "1"));
        assertEquals(1, Children.count(a), "a gap after the first child");
        Answers compact = Children.compact(a, 4);
        assertEquals(List.of("Sam", "Kim"), Children.all(compact).stream().map(c -> c.get("childName")).toList(),
                "slot 2 was empty; slot 5 is past the four shown");
        assertFalse(compact.has("child5.childName"));
        assertEquals(List.of("Sam", "Kim", "Lee"), Children.all(Children.compact(a, 6)).stream()
                .map(c -> c.get("childName")).toList());
    }

    private List<String> codes(Answers a) {
        return validator.validate(CHILDREN, a, TODAY).stream().map(e -> e.field() + "." + e.code()).toList();
    }

    private static Map<String, List<String>> merge(Answers a, String field, String value) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>(a.asMap());
        m.put(field, List.of(value));
        return m;
    }
}
