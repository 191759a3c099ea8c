package uk.council.complaints.intake;

import uk.council.complaints.cases.CaseBuilder;
import uk.council.complaints.cases.CaseChild;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseCodes;
import uk.council.complaints.cases.Sections;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** From the answers of a complete journey to the typed case and its multiple-choice rows. */
final class CaseMapper {
    static final List<String> CHOICE_QUESTIONS = Sections.allChoices();

    private CaseMapper() {
    }

    static SubmittedCase toCase(Answers answers, String reference, String draftId, Instant now) {
        return builder(answers, Journey.kind(answers), reference, draftId, now).build();
    }

    /** The case these answers make, still open to what only staff intake knows (how and when it arrived, who entered it). */
    static CaseBuilder builder(Answers answers, SubmissionKind kind, String reference, String draftId, Instant now) {
        return SubmittedCase.builder(reference, kind, now).draftId(draftId).answers(youngPersonAsCase(answers));
    }

    /**
     * A young person's route asks in its own words: their name, their own way to be reached (or
     * through a helper), what is wrong and what they want to change. The case is about themselves.
     */
    static Answers youngPersonAsCase(Answers a) {
        if (!a.has("ypName")) {
            return a;
        }
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>(a.asMap());
        m.put("fullName", List.of(a.get("ypName")));
        m.put("childName", List.of(a.get("ypName")));
        m.put("riskNow", List.of(a.get("ypRiskNow")));
        m.put("whatHappened", List.of(a.get("ypWhatIsWrong")));
        m.put("putRightDetails", List.of(a.get("ypWantToChange")));
        if (a.has("ypEmail")) {
            m.put("email", List.of(a.get("ypEmail")));
        }
        if (a.has("ypPhone")) {
            m.put("phone", List.of(a.get("ypPhone")));
        }
        // A young person's call back (issue 11): the same stored answers as an adult's, from their own pages.
        if (a.has("ypCallbackPhone")) {
            m.put("phone", List.of(a.get("ypCallbackPhone")));
            m.put("callbackDays", a.all("ypCallbackDays"));
            m.put("callbackTime", List.of(a.get("ypCallbackTime")));
            m.put("callbackTopic", List.of(a.get("ypCallbackTopic")));
        }
        String preferred = a.has("ypCallbackPhone") ? "phone"
                : !a.is("ypContactRoute", "me") ? CaseCodes.THROUGH_HELPER : a.has("ypPhone") ? "phone" : "email";
        m.put("preferredContact", List.of(preferred));
        return new Answers(m);
    }

    /** The answers must already be limited to the person's path ({@link Answers#retain}). */
    static List<CaseChoice> choices(long caseId, Answers answers) {
        Answers a = youngPersonAsCase(answers);
        List<CaseChoice> rows = new ArrayList<>();
        for (String question : CHOICE_QUESTIONS) {
            a.all(question).forEach(choice -> rows.add(CaseChoice.of(caseId, question, choice)));
        }
        return rows;
    }

    /**
     * Every child the person named on the child pages, one row each (docs/adr/0017-several-children.md), the one place
     * a case's children are kept (issue 24); a young person's own case is about them, so they are its child. The
     * answers must already be limited to the person's path.
     */
    static List<CaseChild> children(long caseId, Answers answers) {
        List<CaseChild> rows = new ArrayList<>();
        for (Answers c : Children.all(youngPersonAsCase(answers))) {
            if (c.has("childName")) {
                rows.add(CaseChild.of(caseId, rows.size() + 1, c.get("childName"), date(c, "childDob"),
                        c.has("childAge") ? Integer.valueOf(c.get("childAge")) : null, opt(c, "childAddress")));
            }
        }
        return rows;
    }

    static EqualityAnswers equality(Answers a, SubmissionKind kind, Instant now) {
        LocalDate month = now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        return new EqualityAnswers(null, month, kind.name(), opt(a, "ageBand"), opt(a, "gender"), opt(a, "disability"),
                opt(a, "ethnicity"), opt(a, "sexualOrientation"));
    }

    private static String opt(Answers a, String field) {
        return a.has(field) ? a.get(field) : null;
    }

    private static LocalDate date(Answers a, String field) {
        return FieldDates.parse(a, field);
    }
}
