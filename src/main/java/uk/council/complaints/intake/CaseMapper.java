package uk.council.complaints.intake;

import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** From the answers of a complete journey to the typed case and its multiple-choice rows. */
final class CaseMapper {
    static final List<String> CHOICE_QUESTIONS = List.of("outcomesSought", "accessNeeds", "responseMethods", "callbackDays");

    private CaseMapper() {
    }

    static SubmittedCase toCase(Answers answers, String reference, String draftId, Instant now) {
        SubmissionKind kind = Journey.kind(answers);
        Answers a = youngPersonAsCase(answers);
        return new SubmittedCase(null, reference, draftId, kind, SubmittedCase.STATUS_NEW, now,
                opt(a, "role"), a.get("fullName"), opt(a, "email"), opt(a, "phone"), opt(a, "address"),
                a.get("preferredContact"),
                a.all("accessNeeds").contains("interpreter") ? opt(a, "interpreterLanguage") : null,
                a.all("accessNeeds").contains("other") ? opt(a, "otherNeeds") : null,
                opt(a, "childName"), date(a, "childDob"), a.has("childAge") ? Integer.valueOf(a.get("childAge")) : null,
                opt(a, "childAddress"),
                opt(a, "parentalResponsibility"), opt(a, "advocateOrganisation"), opt(a, "childAgrees"),
                opt(a, "childWords"),
                opt(a, "service"), opt(a, "workerName"),
                opt(a, "whatHappened"), date(a, "whenHappened"), a.has("stillHappening"), a.is("riskNow", "yes"),
                opt(a, "putRightDetails"), opt(a, "courtProceedings"), opt(a, "raisedBefore"),
                opt(a, "callbackTime"), opt(a, "callbackTopic"),
                opt(a, "feedbackAbout"), opt(a, "feedbackMessage"),
                opt(a, "earlierReference"), opt(a, "responseOther"), opt(a, "escalationReason"),
                opt(a, "escalationReasonOther"), opt(a, "wantNow"));
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
        String preferred = !a.is("ypContactRoute", "me") ? "helper" : a.has("ypPhone") ? "phone" : "email";
        m.put("preferredContact", List.of(preferred));
        return new Answers(m);
    }

    /** The answers must already be limited to the person's path ({@link Answers#retain}). */
    static List<CaseChoice> choices(long caseId, Answers a) {
        List<CaseChoice> rows = new ArrayList<>();
        for (String question : CHOICE_QUESTIONS) {
            a.all(question).forEach(choice -> rows.add(CaseChoice.of(caseId, question, choice)));
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
