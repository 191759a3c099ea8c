package uk.council.complaints.cases;

import io.micronaut.data.annotation.MappedProperty;
import uk.council.complaints.journey.Answers;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The section records of a {@link SubmittedCase} and what every output needs of their answers (issue 24): records are
 * made and changed here by component name, never by position, and the staff page, the copy made for the next case and
 * the CSV export walk {@link #parts()} rather than keeping lists of their own.
 */
public final class Sections {
    /** The sections in the order the case page shows them. */
    public static final List<Class<? extends Record>> ALL = List.of(WhoIsAsking.class, TheChild.class,
            TheComplaint.class, TheCallBack.class, TheFeedback.class);

    private Sections() {
    }

    /** One stored answer: its section, its name (the question's, where it has one) and how it is declared. */
    public record Part(Class<? extends Record> section, String name, Class<?> type, String column, Answer answer) {
        /** The question whose options give a code its words, or empty when the answer is not coded that way. */
        public String question() {
            return answer.question().isEmpty() ? name : answer.question();
        }

        public String header() {
            return answer.header().isEmpty() ? column : answer.header();
        }

        public Object valueIn(SubmittedCase c) {
            return value(c.section(section), name);
        }
    }

    /** Every answer of every section, in the page's order; a component without {@link Answer} is a mistake. */
    public static List<Part> parts() {
        return ALL.stream().flatMap(s -> Arrays.stream(s.getRecordComponents()).map(rc -> new Part(s, rc.getName(),
                rc.getType(), column(rc), rc.getAnnotation(Answer.class)))).toList();
    }

    /** The multiple-choice questions a section's answers include (kept in case_choice), by its {@code CHOICES}. */
    @SuppressWarnings("unchecked")
    public static List<String> choices(Class<? extends Record> section) {
        try {
            return (List<String>) section.getField("CHOICES").get(null);
        } catch (NoSuchFieldException e) {
            return List.of();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every multiple-choice question of every section. */
    public static List<String> allChoices() {
        return ALL.stream().flatMap(s -> choices(s).stream()).toList();
    }

    /** The column named on the component (javac keeps {@link MappedProperty} on the field), else the name in snake case. */
    private static String column(RecordComponent rc) {
        MappedProperty p = null;
        try {
            p = rc.getDeclaringRecord().getDeclaredField(rc.getName()).getAnnotation(MappedProperty.class);
        } catch (NoSuchFieldException e) {
            // a record always has the field of each component
        }
        return p != null && !p.value().isEmpty() ? p.value()
                : rc.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** A record made from values by component name; a name it does not have is refused, one not given is empty. */
    public static <R extends Record> R build(Class<R> type, Map<String, ?> values) {
        RecordComponent[] rcs = type.getRecordComponents();
        Set<String> names = Arrays.stream(rcs).map(RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
        values.keySet().stream().filter(k -> !names.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException(type.getSimpleName() + " has no " + k);
        });
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            Object v = values.get(rcs[i].getName());
            args[i] = v == null && rcs[i].getType() == boolean.class ? Boolean.FALSE : v;
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every component of a record by name, in order. */
    public static Map<String, Object> values(Record r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            m.put(rc.getName(), value(r, rc.getName()));
        }
        return m;
    }

    public static Object value(Record r, String name) {
        try {
            return r.getClass().getMethod(name).invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no " + name, e);
        }
    }

    /** The same record with these components changed. */
    public static <R extends Record> R with(R r, Map<String, ?> changes) {
        Map<String, Object> m = values(r);
        m.putAll(changes);
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) r.getClass();
        return build(type, m);
    }

    /** What a case made from this one starts with: every answer but those declared {@code copied = false}. */
    public static <R extends Record> R carried(R r) {
        Map<String, Object> m = values(r);
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            if (!rc.getAnnotation(Answer.class).copied()) {
                m.put(rc.getName(), null);
            }
        }
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) r.getClass();
        return build(type, m);
    }

    /**
     * A section's mapper: each answer from the question of the same name (text, number, date, or a box ticked or
     * "yes"), unless {@code derived} says how it is made from the answers (renamed, or only when another is chosen).
     */
    public static <R extends Record> R fromAnswers(Class<R> type, Answers a, Map<String, Function<Answers, ?>> derived) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            String n = rc.getName();
            Function<Answers, ?> d = derived.get(n);
            values.put(n, d != null ? d.apply(a) : read(a, n, rc.getType()));
        }
        derived.keySet().stream().filter(k -> !values.containsKey(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException(type.getSimpleName() + " has no " + k);
        });
        return build(type, values);
    }

    private static Object read(Answers a, String name, Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return a.date(name);
        }
        if (type == boolean.class) {
            return a.has(name) && !a.is(name, "no");
        }
        if (!a.has(name)) {
            return null;
        }
        return type == Integer.class ? Integer.valueOf(a.get(name)) : a.get(name);
    }
}
