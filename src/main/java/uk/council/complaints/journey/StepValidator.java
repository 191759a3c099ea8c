package uk.council.complaints.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the server enforces on one page: each field's own checks, then the rules that
 * join fields together (at least one way to contact, "other" needs words, date of birth or age).
 */
public final class StepValidator {
    private final int maxChildren;

    public StepValidator() {
        this(Children.DEFAULT_MAX);
    }

    /** @param maxChildren how many children one request may name (application.yml: portal.children.max) */
    public StepValidator(int maxChildren) {
        this.maxChildren = maxChildren;
    }

    public int maxChildren() {
        return maxChildren;
    }

    public List<FieldError> validate(Step step, Answers a, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        // A follow-up whose option is not chosen is not asked, so not checked (it is dropped: Answers.with).
        for (Field f : step.fields().stream().filter(x -> x.asked(a)).toList()) {
            FieldChecks.check(f, a, today).ifPresent(errors::add);
        }
        crossFieldRules(step, a, today).stream()
                .filter(e -> errors.stream().noneMatch(x -> x.field().equals(e.field())))
                .forEach(errors::add);
        // The error summary lists problems in the order of the questions on the page.
        List<String> order = step.fields().stream().map(Field::name).toList();
        errors.sort(java.util.Comparator.comparingInt(e -> order.indexOf(e.field())));
        return errors;
    }

    private List<FieldError> crossFieldRules(Step step, Answers a, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        switch (step) {
            case CHILD -> childRules(a, today, errors);
            case CHILDREN -> childrenRules(a, today, errors);
            case WHAT_HAPPENED -> {
                boolean noDate = !a.has("whenHappened-day") && !a.has("whenHappened-month") && !a.has("whenHappened-year");
                if (noDate && !a.has("stillHappening")) {
                    errors.add(new FieldError("whenHappened", "required", "whenHappened-day"));
                }
            }
            case PUT_RIGHT -> otherNeedsWords(a, "outcomesSought", "putRightDetails", errors);
            case HOW_RESPONDED -> otherNeedsWords(a, "responseMethods", "responseOther", errors);
            case ESCALATION_REASON -> otherNeedsWords(a, "escalationReason", "escalationReasonOther", errors);
            case ACCESS_NEEDS -> {
                otherNeedsWords(a, "accessNeeds", "otherNeeds", errors);
                if (a.all("accessNeeds").contains("interpreter") && !a.has("interpreterLanguage")) {
                    errors.add(FieldError.of("interpreterLanguage", "required"));
                }
            }
            case EARLIER_COMPLAINT -> {
                if (!a.has("earlierReference") && !a.has("noReference")) {
                    errors.add(FieldError.of("earlierReference", "required"));
                } else if (a.has("earlierReference") && a.has("noReference")) {
                    errors.add(FieldError.of("earlierReference", "both"));
                }
            }
            case CONTACT -> contactRules(a, errors);
            case YP_CONTACT_ME -> {
                if (!a.has("ypPhone") && !a.has("ypEmail")) {
                    errors.add(FieldError.of("ypPhone", "atLeastOne"));
                }
            }
            default -> {
                // no rules across fields on this page
            }
        }
        return errors;
    }

    private static void childRules(Answers a, LocalDate today, List<FieldError> errors) {
        boolean hasDob = a.has("childDob-day") || a.has("childDob-month") || a.has("childDob-year");
        if (!hasDob && !a.has("childAge")) {
            errors.add(new FieldError("childDob", "dobOrAge", "childDob-day"));
            return;
        }
        Optional<LocalDate> dob = FieldChecks.parseDate(a.get("childDob-day"), a.get("childDob-month"), a.get("childDob-year"));
        // Care leavers can complain up to 25, so an older "child" is a mistake in the date.
        if (dob.isPresent() && dob.get().isBefore(today.minusYears(26))) {
            errors.add(new FieldError("childDob", "tooOld", "childDob-day"));
        }
        if (a.has("childAge") && a.get("childAge").chars().allMatch(Character::isDigit)
                && a.get("childAge").length() <= 2 && Integer.parseInt(a.get("childAge")) > 25) {
            errors.add(FieldError.of("childAge", "range"));
        }
    }

    /**
     * "Add another?" must be answered when the page is posted below the limit, and a yes is refused at the limit;
     * every later child must be complete (one saved for later as typed is not). Journey treats an unanswered
     * question here as no: it never blocks the way on.
     */
    private void childrenRules(Answers a, LocalDate today, List<FieldError> errors) {
        for (int n = 2; n <= Children.count(a); n++) {
            if (!validate(Step.CHILD, Children.child(a, n), today).isEmpty()) {
                errors.add(FieldError.of(Children.ADD_ANOTHER, "incomplete", n));
                return;
            }
        }
        boolean full = Children.isFull(a, maxChildren);
        if (!full && !a.has(Children.ADD_ANOTHER)) {
            errors.add(FieldError.of(Children.ADD_ANOTHER, "required"));
        } else if (full && a.is(Children.ADD_ANOTHER, "yes")) {
            errors.add(FieldError.of(Children.ADD_ANOTHER, "tooMany", maxChildren));
        }
    }

    private static void otherNeedsWords(Answers a, String choice, String words, List<FieldError> errors) {
        if (a.all(choice).contains("other") && !a.has(words)) {
            errors.add(FieldError.of(words, "requiredForOther"));
        }
    }

    private static void contactRules(Answers a, List<FieldError> errors) {
        if (!a.has("email") && !a.has("phone") && !a.has("address")) {
            errors.add(FieldError.of("email", "atLeastOne"));
            return;
        }
        if (Journey.kind(a) == SubmissionKind.CALLBACK && !a.has("phone")) {
            errors.add(FieldError.of("phone", "requiredForCallback"));
        }
        String preferred = a.get("preferredContact");
        String needed = switch (preferred) {
            case "email" -> "email";
            case "phone" -> "phone";
            case "post" -> "address";
            default -> "";
        };
        if (!needed.isEmpty() && !a.has(needed)) {
            errors.add(FieldError.of("preferredContact", "notGiven-" + preferred));
        }
    }
}
