package uk.council.complaints.triage;

import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Role;
import uk.council.complaints.journey.SubmissionKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The flags of DESIGN section 4, each with its reason. An answer of "not sure" raises the flag
 * too, with a reason that says it needs checking: a doubt is something the team must resolve.
 */
final class FlagRules {

    /** Complaints about events more than this long before the request are out of time (still accepted). */
    static final int TIME_LIMIT_MONTHS = 12;

    private FlagRules() {
    }

    static void apply(TriageInput in, Set<Flag> flags, List<Reason> reasons) {
        SubmittedCase c = in.submission();
        if (in.roleIs(Role.YOUNG_PERSON)) {
            raise(Flag.YOUNG_PERSON, Reason.of("flag.young-person", "triage.reason.flag.young-person"), flags, reasons);
        }
        if (in.roleIs(Role.ADVOCATE)) {
            raise(Flag.ADVOCATE_FILING, Reason.of("flag.advocate-filing", "triage.reason.flag.advocate-filing"),
                    flags, reasons);
            childConsent(c.child().childAgrees(), flags, reasons);
        }
        if (in.advocacyRequested()) {
            raise(Flag.ADVOCACY_REQUESTED, Reason.of("flag.advocacy-requested", "triage.reason.flag.advocacy-requested"),
                    flags, reasons);
        }
        if (isYesOrNotSure(c.complaint().courtProceedings())) {
            raise(Flag.COURT_PROCEEDINGS, Reason.of("flag.court-proceedings",
                    "triage.reason.flag.court-proceedings." + c.complaint().courtProceedings()), flags, reasons);
        }
        outOfTime(c, in.submittedOn(), flags, reasons);
        if (in.roleIs(Role.PARENT) && !"yes".equals(c.child().parentalResponsibility())) {
            String answer = c.child().parentalResponsibility() == null ? "unknown" : c.child().parentalResponsibility();
            raise(Flag.NO_PARENTAL_RESPONSIBILITY, Reason.of("flag.no-parental-responsibility",
                    "triage.reason.flag.no-parental-responsibility." + answer), flags, reasons);
        }
        List<Object> needs = accessNeeds(in);
        if (!needs.isEmpty()) {
            raise(Flag.ACCESS_NEEDS, Reason.of("flag.access-needs", "triage.reason.flag.access-needs", needs),
                    flags, reasons);
        }
        if (in.possibleRepeatOf() != null) {
            raise(Flag.POSSIBLE_REPEAT, c.kind() == SubmissionKind.STAGE2
                    ? Reason.of("flag.possible-repeat", "triage.reason.flag.possible-repeat.stage2",
                            in.possibleRepeatOf(), c.complaint().earlierReference().strip())
                    : Reason.of("flag.possible-repeat", "triage.reason.flag.possible-repeat", in.possibleRepeatOf()),
                    flags, reasons);
        }
    }

    private static void childConsent(String childAgrees, Set<Flag> flags, List<Reason> reasons) {
        if ("yes".equals(childAgrees)) {
            return;
        }
        String answer = childAgrees == null ? "unknown" : childAgrees;
        raise(Flag.CHILD_CONSENT_TO_CHECK, Reason.of("flag.child-consent",
                "triage.reason.flag.child-consent." + answer), flags, reasons);
    }

    // Something still happening is in time whenever it began: the year runs from the latest occurrence.
    private static void outOfTime(SubmittedCase c, LocalDate submittedOn, Set<Flag> flags, List<Reason> reasons) {
        LocalDate when = c.complaint().whenHappened();
        if (when == null || c.complaint().stillHappening() || !when.isBefore(submittedOn.minusMonths(TIME_LIMIT_MONTHS))) {
            return;
        }
        raise(Flag.OUT_OF_TIME, Reason.of("flag.out-of-time", "triage.reason.flag.out-of-time", when,
                TIME_LIMIT_MONTHS), flags, reasons);
    }

    /** What the person asked for, in words: the ticked needs, with the interpreter's language. */
    private static List<Object> accessNeeds(TriageInput in) {
        List<Object> needs = new ArrayList<>();
        String language = in.submission().who().interpreterLanguage();
        boolean hasLanguage = language != null && !language.isBlank();
        for (String need : in.choicesOf("accessNeeds")) {
            needs.add(need.equals("interpreter") && hasLanguage
                    ? Reason.Text.of("triage.need.interpreter-language", language.strip())
                    : Labels.need(need));
        }
        if (hasLanguage && !in.choicesOf("accessNeeds").contains("interpreter")) {
            needs.add(Reason.Text.of("triage.need.interpreter-language", language.strip()));
        }
        String other = in.submission().who().otherNeeds();
        if (other != null && !other.isBlank() && !in.choicesOf("accessNeeds").contains("other")) {
            needs.add(Labels.need("other"));
        }
        return needs;
    }

    private static boolean isYesOrNotSure(String answer) {
        return "yes".equals(answer) || "not-sure".equals(answer);
    }

    private static void raise(Flag flag, Reason reason, Set<Flag> flags, List<Reason> reasons) {
        flags.add(flag);
        reasons.add(reason);
    }
}
