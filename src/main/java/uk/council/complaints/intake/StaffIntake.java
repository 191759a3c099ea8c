package uk.council.complaints.intake;

import uk.council.complaints.cases.HowReceived;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.Options;
import uk.council.complaints.journey.Role;
import uk.council.complaints.journey.Step;
import uk.council.complaints.journey.SubmissionKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What staff intake asks (issue 10), as pure rules: the first page (what it is, who from, how and when it was
 * received) and which of the online form's pages the second page holds for that kind. The public form's own
 * fields and checks are reused, so a case entered by staff is validated exactly as one sent online.
 */
final class StaffIntake {
    static final List<String> KINDS = List.of("complaint", "callback", "compliment", "comment", "enquiry");
    /** The first page's answers, carried to the second page in its address and hidden inputs. */
    static final List<String> FIRST_PAGE = List.of("kind", "role", "receivedVia", "receivedOn-day", "receivedOn-month",
            "receivedOn-year");
    /** A case received more than this long ago is a mistake in the date, not a late entry. */
    static final int OLDEST_RECEIVED_YEARS = 1;
    static final Field RECEIVED_ON = new Field("receivedOn", FieldKind.DATE, true, 0, List.of(), "", "");
    /** Asked once on the second page although two of the online form's pages ask them (phone), or set by the kind. */
    static final Set<String> NOT_ASKED = Set.of("feedbackType");

    private StaffIntake() {
    }

    static SubmissionKind kind(Answers a) {
        return SubmissionKind.valueOf(a.get("kind").toUpperCase(java.util.Locale.ROOT));
    }

    static boolean isComplaintOrCallback(String kind) {
        return kind.equals("complaint") || kind.equals("callback");
    }

    /** The first page's problems, by field, in page order: empty when the second page can be shown. */
    static Map<String, FieldError> checkFirstPage(Answers a, LocalDate today) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        choice(a, "kind", KINDS, errors);
        if (isComplaintOrCallback(a.get("kind"))) {
            choice(a, "role", Options.ROLES, errors);
        }
        choice(a, "receivedVia", HowReceived.BY_STAFF, errors);
        Optional<FieldError> date = FieldChecks.check(RECEIVED_ON, a, today);
        if (date.isEmpty() && receivedOn(a).isBefore(today.minusYears(OLDEST_RECEIVED_YEARS))) {
            date = Optional.of(new FieldError("receivedOn", "tooOld", "receivedOn-day"));
        }
        date.ifPresent(e -> errors.put("receivedOn", e));
        return errors;
    }

    private static void choice(Answers a, String name, List<String> options, Map<String, FieldError> errors) {
        FieldChecks.check(new Field(name, FieldKind.RADIOS, true, 0, options, "", ""), a)
                .ifPresent(e -> errors.put(name, e));
    }

    static LocalDate receivedOn(Answers a) {
        return LocalDate.of(Integer.parseInt(a.get("receivedOn-year")), Integer.parseInt(a.get("receivedOn-month")),
                Integer.parseInt(a.get("receivedOn-day")));
    }

    /** The online form's pages whose questions the second page asks, for this kind and person. */
    static List<Step> steps(String kind, String role) {
        List<Step> steps = new ArrayList<>();
        if (!isComplaintOrCallback(kind)) {
            steps.add(Step.FEEDBACK);
            steps.add(Step.CONTACT);
            return steps;
        }
        steps.add(Step.SAFETY);
        if (!Role.YOUNG_PERSON.is(role)) {
            steps.add(Step.CHILD);
        }
        if (Role.PARENT.is(role)) {
            steps.add(Step.PARENTAL_RESPONSIBILITY);
        } else if (Role.ADVOCATE.is(role)) {
            steps.add(Step.ADVOCATE);
        }
        steps.add(Step.SERVICE);
        steps.addAll(kind.equals("complaint") ? List.of(Step.WHAT_HAPPENED, Step.PUT_RIGHT, Step.COURT_PROCEEDINGS,
                Step.RAISED_BEFORE)
                : List.of(Step.CALLBACK));
        // Issue 21: equality answers given on the phone, only with the person's consent (StaffEquality)
        steps.addAll(List.of(Step.CONTACT, Step.ACCESS_NEEDS, Step.EQUALITY));
        return steps;
    }

    /** The questions of a step this page shows: the call-back's phone is the contact details' phone. */
    static List<Field> shown(Step step) {
        return step.fields().stream().filter(f -> !NOT_ASKED.contains(f.name())
                && !(step == Step.CALLBACK && f.name().equals("phone"))).toList();
    }

    /**
     * The answers as the online form would hold them: its purpose (which decides its contact rules) and, for
     * feedback, its type; the staff page's own names stay too.
     */
    static Answers asJourneyAnswers(Map<String, List<String>> posted) {
        Map<String, List<String>> m = new LinkedHashMap<>(posted);
        String kind = new Answers(posted).get("kind");
        m.put("purpose", List.of(isComplaintOrCallback(kind) ? kind : "compliment"));
        m.put("wantsCallback", List.of(kind.equals("callback") ? "yes" : "no"));
        m.put("feedbackType", List.of(kind.equals("compliment") ? "thanks" : "comment"));
        if (!isComplaintOrCallback(kind)) {
            m.remove("role");
        }
        return new Answers(m);
    }
}
