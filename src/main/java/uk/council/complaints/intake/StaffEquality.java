package uk.council.complaints.intake;

import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.journey.Step;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Equality monitoring answers a person gives on the phone (issue 21), recorded by staff at intake only with the person's
 * consent (the page says so, and answers without the consent ticked are refused). They are stored as the online form's
 * are ({@link CaseMapper#equality}): the month and kind only, never linked to the case, counted in the report's
 * equality tables alike and kept alike by retention (nothing in them names anyone).
 */
final class StaffEquality {
    static final String CONSENT = "equalityConsent";
    private static final String YES = "yes";

    private StaffEquality() {
    }

    static boolean consented(Answers a) {
        return a.all(CONSENT).contains(YES);
    }

    static boolean answered(Answers a) {
        return Step.EQUALITY.fields().stream().map(Field::name).anyMatch(a::has);
    }

    /** A consent that is not the one box's value (no browser sends it) is refused like a missing one: never stored. */
    private static String error(Messages msg, Answers a) {
        if (!a.all(CONSENT).stream().allMatch(YES::equals)) {
            return msg.get("staff.intake.error.equalityConsent.notOnList");
        }
        return answered(a) && !consented(a) ? msg.get("staff.intake.error.equalityConsent.required") : null;
    }

    /** The section: what the person must agree to first, the consent, then the online form's questions in staff words. */
    static StaffIntakePages.Section section(Messages msg, Answers a, boolean check, List<Object> questions, List<Object> errors) {
        String error = check ? error(msg, a) : null;
        FieldView consent = FieldView.choices(CONSENT, true, msg.get("staff.intake.field.equalityConsent"), null,
                List.of(new FieldView.Option(YES, msg.get("staff.intake.field.equalityConsent.yes"), null, consented(a))), error);
        if (error != null) {
            errors.add(new StaffIntakePages.Link("#" + consent.id(), error));
        }
        List<Object> fields = new ArrayList<>();
        fields.add(consent);
        fields.addAll(questions);
        return new StaffIntakePages.Section(msg.get("staff.intake.section.equality"), fields, null, false,
                msg.get("staff.intake.section.equality.intro"));
    }

    /**
     * What is stored, apart from the case: counted in the month the council received the case, as its case is.
     * @param posted everything the page sent (the consent is no question of the online form's)
     * @param onPath the answers limited to the kind's questions (no equality questions for a compliment)
     */
    static Optional<EqualityAnswers> toStore(Answers posted, Answers onPath, SubmissionKind kind, LocalDate receivedOn) {
        if (!consented(posted)) {
            return Optional.empty();
        }
        EqualityAnswers answers = CaseMapper.equality(onPath, kind, receivedOn.atStartOfDay(ZoneOffset.UTC).toInstant());
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers);
    }
}
