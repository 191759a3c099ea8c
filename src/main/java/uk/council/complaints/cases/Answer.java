package uk.council.complaints.cases;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One stored answer of a section record (issue 24): how it shows to staff, whether the next case carries it, and
 * whether it may leave the team. Required on every component of every section ({@code EveryAnswerReachesEveryOutputTest}),
 * and {@link #teamOnly} has no default, so whoever adds an answer decides, where the answer is defined, whether the
 * CSV export may hold it. Names, contact details and free text are team only; codes, dates of the process and counts
 * may go out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Answer {
    /** Must not leave the team: never in the CSV export, only on the case page and in the case's own copies. */
    boolean teamOnly();

    /** The question whose option words show this coded answer (default: the component's own name, if it has options). */
    String question() default "";

    /** Or a message-key prefix for the code's words (e.g. {@code triage.role.}). */
    String words() default "";

    /** The CSV column's header (default: the database column). */
    String header() default "";

    /** Whether a case made from this one (a Stage 2, a complaint from a call-back) starts with this answer. */
    boolean copied() default true;
}
