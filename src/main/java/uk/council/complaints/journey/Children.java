package uk.council.complaints.journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several children on one request (issue 11, docs/adr/0017-several-children.md): the GOV.UK "add another" pattern.
 * The first child keeps the plain names of the child page ({@code childName}, {@code childDob-day}, ...), so drafts
 * saved before there could be several still work; the second and later children are kept under numbered names
 * ({@code child2.childName}). Pure: every rule of the list is unit-tested without a server.
 */
public final class Children {
    /** The list page's question; its answer only says which page comes next, so it is never stored on the case. */
    public static final String ADD_ANOTHER = "addAnotherChild";
    /** When configuration says nothing (application.yml: portal.children.max). */
    public static final int DEFAULT_MAX = 6;
    private static final String PREFIX = "child";

    private Children() {
    }

    /** The name a child's answer is kept under: the plain name for the first child. */
    public static String key(int number, String name) {
        return number <= 1 ? name : PREFIX + number + "." + name;
    }

    /** True for the names the second and later children are kept under. */
    static boolean isLaterChildKey(String name) {
        int dot = name.indexOf('.');
        return name.startsWith(PREFIX) && dot > PREFIX.length()
                && name.substring(PREFIX.length(), dot).chars().allMatch(Character::isDigit)
                && Step.CHILD.fieldNames().contains(name.substring(dot + 1));
    }

    /** How many children the answers name: the first child counts once its page has any answer. */
    public static int count(Answers a) {
        int n = 0;
        while (has(a, n + 1)) {
            n++;
        }
        return n;
    }

    private static boolean has(Answers a, int number) {
        return Step.CHILD.fieldNames().stream().anyMatch(name -> a.has(key(number, name)));
    }

    /** One child's answers under the child page's plain names, as the page shows and checks them. */
    public static Answers child(Answers a, int number) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String name : Step.CHILD.fieldNames()) {
            List<String> v = a.all(key(number, name));
            if (!v.isEmpty()) {
                m.put(name, v);
            }
        }
        return new Answers(m);
    }

    /** Every child's answers, first to last. */
    public static List<Answers> all(Answers a) {
        List<Answers> list = new ArrayList<>();
        for (int n = 1; n <= count(a); n++) {
            list.add(child(a, n));
        }
        return list;
    }

    /** The answers with child {@code number} replaced by what was posted on the child page (a new one if the next). */
    public static Answers put(Answers a, int number, Map<String, List<String>> posted) {
        Map<String, List<String>> m = new LinkedHashMap<>(a.asMap());
        for (String name : Step.CHILD.fieldNames()) {
            m.remove(key(number, name));
            List<String> v = posted.get(name);
            if (v != null) {
                m.put(key(number, name), v);
            }
        }
        return askAgain(new Answers(m));
    }

    /** Without the answer to "add another?": it is asked again under a changed list. */
    public static Answers askAgain(Answers a) {
        Map<String, List<String>> m = new LinkedHashMap<>(a.asMap());
        m.remove(ADD_ANOTHER);
        return new Answers(m);
    }

    /** Without child {@code number}; the later ones move up. The only child is never removed. */
    public static Answers remove(Answers a, int number) {
        int count = count(a);
        if (!canRemove(a, number)) {
            return a;
        }
        Map<String, List<String>> m = new LinkedHashMap<>(a.asMap());
        for (int n = number; n <= count; n++) {
            for (String name : Step.CHILD.fieldNames()) {
                m.remove(key(n, name));
                List<String> next = a.all(key(n + 1, name));
                if (n < count && !next.isEmpty()) {
                    m.put(key(n, name), next);
                }
            }
        }
        return askAgain(new Answers(m));
    }

    /**
     * The later children of slots 2..{@code slots} with any answer, numbered again from 2 without gaps: staff intake
     * shows empty slots for children, and one left empty is no child; anything numbered past the slots is dropped.
     */
    public static Answers compact(Answers a, int slots) {
        Map<String, List<String>> m = new LinkedHashMap<>(a.asMap());
        List<Answers> later = new ArrayList<>();
        for (int n = 2; n <= slots; n++) {
            if (has(a, n)) {
                later.add(child(a, n));
            }
        }
        // Numbers past the slots are not children either.
        m.keySet().removeIf(Children::isLaterChildKey);
        for (int i = 0; i < later.size(); i++) {
            int number = i + 2;
            later.get(i).asMap().forEach((name, v) -> m.put(key(number, name), v));
        }
        return new Answers(m);
    }

    public static boolean canRemove(Answers a, int number) {
        return count(a) > 1 && number >= 1 && number <= count(a);
    }

    /** The child page may be opened for a child already named, or for the next one while below the limit. */
    public static boolean canOpen(Answers a, int number, int max) {
        return number >= 1 && (number <= count(a) || number == count(a) + 1 && number <= max);
    }

    public static boolean isFull(Answers a, int max) {
        return count(a) >= max;
    }

    /**
     * Where "Continue" on the list page goes: the child page for the next child when the person said yes (and the
     * limit allows: the validator refuses a yes at the limit), otherwise on with the journey (empty).
     */
    public static java.util.OptionalInt nextChild(Answers a, int max) {
        return a.is(ADD_ANOTHER, "yes") && !isFull(a, max) ? java.util.OptionalInt.of(count(a) + 1)
                : java.util.OptionalInt.empty();
    }
}
