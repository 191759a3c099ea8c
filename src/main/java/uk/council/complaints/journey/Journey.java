package uk.council.complaints.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static uk.council.complaints.journey.Step.*;

/**
 * Which pages a person sees, in which order, given their answers so far (DESIGN section 2).
 * Pure: no I/O, so every branch is unit-tested without a server.
 * The path stops at an unanswered question that decides a branch, because what follows is not yet known.
 */
public final class Journey {
    private final StepValidator validator;
    private final boolean offersEvidence; // the optional evidence page: only with a virus scanner configured

    public Journey(StepValidator validator) {
        this(validator, false);
    }

    public Journey(StepValidator validator, boolean offersEvidence) {
        this.validator = validator;
        this.offersEvidence = offersEvidence;
    }

    public StepValidator validator() {
        return validator;
    }

    /** How many children one request may name (portal.children.max). */
    public int maxChildren() {
        return validator.maxChildren();
    }

    public List<Step> path(Answers a) {
        List<Step> path = new ArrayList<>(List.of(PURPOSE));
        switch (a.get("purpose")) {
            case "compliment" -> path.addAll(List.of(FEEDBACK, CONTACT));
            case "stage2" -> {
                path.addAll(List.of(EARLIER_COMPLAINT, WHO));
                if (aboutWho(a, path)) {
                    path.addAll(List.of(HOW_RESPONDED, ESCALATION_REASON, WANT_NOW));
                    evidence(path);
                    path.addAll(List.of(CONTACT, ACCESS_NEEDS, EQUALITY));
                }
            }
            case "complaint", "callback" -> {
                path.add(WHO);
                if (Role.YOUNG_PERSON.is(a.get("role"))) {
                    if (a.is("purpose", "complaint")) {
                        youngPersonRoute(a, path);
                    } else {
                        youngPersonCallBack(path);
                    }
                    break;
                }
                path.add(SAFETY);
                if (!aboutWho(a, path)) {
                    break;
                }
                if (a.is("purpose", "complaint")) {
                    path.add(CALLBACK_OFFER);
                    if (!a.has("wantsCallback")) {
                        break;
                    }
                }
                if (kind(a) == SubmissionKind.CALLBACK) {
                    path.addAll(List.of(SERVICE, CALLBACK, CONTACT, ACCESS_NEEDS, EQUALITY));
                } else {
                    path.addAll(List.of(SERVICE, WHAT_HAPPENED, PUT_RIGHT, COURT_PROCEEDINGS, RAISED_BEFORE));
                    evidence(path);
                    if (Role.PARENT.is(a.get("role")) || Role.ADVOCATE.is(a.get("role"))) {
                        path.add(CHILD_ADVOCATE);
                    }
                    path.addAll(List.of(CONTACT, ACCESS_NEEDS, EQUALITY));
                }
            }
            default -> {
                // purpose not answered yet: nothing after the first page is known
            }
        }
        return path;
    }

    /** A young person's complaint: about themselves, so no child's details; always offered an advocate. */
    private void youngPersonRoute(Answers a, List<Step> path) {
        path.addAll(List.of(YP_SAFETY, YP_NAME, YP_CONTACT_ROUTE));
        if (!a.has("ypContactRoute")) {
            return;
        }
        path.add(a.is("ypContactRoute", "me") ? YP_CONTACT_ME : YP_CONTACT_HELPER);
        path.addAll(List.of(YP_WHAT_IS_WRONG, YP_WANT_TO_CHANGE));
        evidence(path);
        path.add(YP_ADVOCATE);
    }

    /** The evidence page has no questions, so it is never "incomplete": optional. */
    private void evidence(List<Step> path) {
        path.addAll(offersEvidence ? List.of(EVIDENCE) : List.of());
    }

    /** A young person's call back: their own pages in plain words, then the advocate offer (with the leaflet). */
    private static void youngPersonCallBack(List<Step> path) {
        path.addAll(List.of(YP_SAFETY, YP_NAME, YP_CALLBACK_PHONE, YP_CALLBACK_DAYS, YP_CALLBACK_TIME, YP_CALLBACK_TOPIC,
                YP_ADVOCATE));
    }

    /** Adds the pages about the child; false when "who are you" is not answered yet. */
    private static boolean aboutWho(Answers a, List<Step> path) {
        String role = a.get("role");
        if (role.isEmpty()) {
            return false;
        }
        if (!Role.YOUNG_PERSON.is(role)) {
            path.addAll(List.of(CHILD, CHILDREN));
        }
        if (Role.PARENT.is(role)) {
            path.add(PARENTAL_RESPONSIBILITY);
        } else if (Role.ADVOCATE.is(role)) {
            path.add(ADVOCATE);
        }
        return true;
    }

    public static SubmissionKind kind(Answers a) {
        return switch (a.get("purpose")) {
            case "callback" -> SubmissionKind.CALLBACK;
            case "stage2" -> SubmissionKind.STAGE2;
            case "compliment" -> switch (a.get("feedbackType")) {
                case "comment" -> SubmissionKind.COMMENT;
                case "suggestion" -> SubmissionKind.SUGGESTION;
                default -> SubmissionKind.COMPLIMENT;
            };
            default -> a.is("wantsCallback", "yes") ? SubmissionKind.CALLBACK : SubmissionKind.COMPLAINT;
        };
    }

    /** The first page on the path that is not validly answered; empty when everything is ready to check. */
    public Optional<Step> firstIncomplete(Answers a, LocalDate today) {
        return path(a).stream().filter(s -> !answered(s, a, today)).findFirst();
    }

    public boolean isComplete(Answers a, LocalDate today) {
        return firstIncomplete(a, today).isEmpty();
    }

    /** A page may be opened only when it is on the path and every page before it is answered. */
    public boolean isReachable(Step step, Answers a, LocalDate today) {
        List<Step> path = path(a);
        int index = path.indexOf(step);
        if (index < 0) {
            return false;
        }
        return path.subList(0, index).stream().allMatch(s -> answered(s, a, today));
    }

    /** Every rule of the page is met; "add another child?" unanswered counts as no (docs/adr/0017-several-children.md). */
    private boolean answered(Step step, Answers a, LocalDate today) {
        return validator.validate(step, a, today).stream()
                .allMatch(e -> step == CHILDREN && e.field().equals(Children.ADD_ANOTHER) && e.code().equals("required"));
    }

    /** The page after this one; empty means "check your answers". */
    public Optional<Step> next(Step step, Answers a) {
        List<Step> path = path(a);
        int index = path.indexOf(step);
        return index >= 0 && index + 1 < path.size() ? Optional.of(path.get(index + 1)) : Optional.empty();
    }

    /** The page before this one; empty means the start page. */
    public Optional<Step> previous(Step step, Answers a) {
        List<Step> path = path(a);
        int index = path.indexOf(step);
        return index > 0 ? Optional.of(path.get(index - 1)) : Optional.empty();
    }
}
