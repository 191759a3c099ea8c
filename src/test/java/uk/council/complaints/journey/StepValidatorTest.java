package uk.council.complaints.journey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.journey.JourneyTest.answers;

class StepValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final StepValidator validator = new StepValidator();

    private List<String> codes(Step step, Answers a) {
        return validator.validate(step, a, TODAY).stream().map(e -> e.field() + "." + e.code()).toList();
    }

    static Stream<Arguments> invalidAnswers() {
        String tooLong = "x".repeat(101);
        return Stream.of(
                Arguments.of(Step.PURPOSE, answers(), "purpose.required"),
                Arguments.of(Step.PURPOSE, answers("purpose", "hack"), "purpose.invalid"),
                Arguments.of(Step.PURPOSE, answers("purpose", "complaint", "purpose", "callback"), "purpose.invalid"),
                Arguments.of(Step.CHILD, answers("childDob-day", "1", "childDob-month", "1", "childDob-year", "2015"), "childName.required"),
                Arguments.of(Step.CHILD, answers("childName", tooLong, "childAge", "9"), "childName.tooLong"),
                Arguments.of(Step.CHILD, answers("childName", "Sam"), "childDob.dobOrAge"),
                Arguments.of(Step.CHILD, answers("childName", "Sam", "childDob-day", "1", "childDob-month", "1", "childDob-year", "2027"), "childDob.future"),
                Arguments.of(Step.CHILD, answers("childName", "Sam", "childDob-day", "31", "childDob-month", "2", "childDob-year", "2015"), "childDob.invalid"),
                Arguments.of(Step.CHILD, answers("childName", "Sam", "childDob-day", "1", "childDob-month", "2"), "childDob.missingYear"),
                Arguments.of(Step.CHILD, answers("childName", "Sam", "childDob-day", "1", "childDob-month", "2", "childDob-year", "1980"), "childDob.tooOld"),
                Arguments.of(Step.CHILD, answers("childName", "Sam", "childAge", "30"), "childAge.range"),
                Arguments.of(Step.CHILD, answers("childName", "Sam", "childAge", "nine"), "childAge.invalid"),
                Arguments.of(Step.CHILD, answers("childName", "Sa\u0000m", "childAge", "9"), "childName.invalid"),
                Arguments.of(Step.CALLBACK, answers("phone", "123", "callbackDays", "monday", "callbackTime", "any", "callbackTopic", "x"), "phone.invalid"),
                Arguments.of(Step.CALLBACK, answers("phone", "01632 960001", "callbackDays", "sunday", "callbackTime", "any", "callbackTopic", "x"), "callbackDays.invalid"),
                Arguments.of(Step.WHAT_HAPPENED, answers("whatHappened", "x", "whenHappened-day", "1", "whenHappened-month", "1", "whenHappened-year", "2027"), "whenHappened.future"),
                Arguments.of(Step.WHAT_HAPPENED, answers("whatHappened", "x".repeat(5001), "whenHappened-day", "1", "whenHappened-month", "1", "whenHappened-year", "2026"), "whatHappened.tooLong"),
                Arguments.of(Step.PUT_RIGHT, answers("outcomesSought", "other"), "putRightDetails.requiredForOther"),
                Arguments.of(Step.CONTACT, answers("fullName", "Sam", "preferredContact", "email"), "email.atLeastOne"),
                Arguments.of(Step.CONTACT, answers("fullName", "Sam", "email", "not-an-email", "preferredContact", "email"), "email.invalid"),
                Arguments.of(Step.CONTACT, answers("fullName", "Sam", "phone", "01632 960001", "preferredContact", "email"), "preferredContact.notGiven-email"),
                Arguments.of(Step.CONTACT, answers("purpose", "callback", "fullName", "Sam", "email", "a@b.org", "preferredContact", "email"), "phone.requiredForCallback"),
                Arguments.of(Step.ACCESS_NEEDS, answers("accessNeeds", "interpreter"), "interpreterLanguage.required"),
                Arguments.of(Step.EARLIER_COMPLAINT, answers(), "earlierReference.required"),
                Arguments.of(Step.EARLIER_COMPLAINT, answers("earlierReference", "KD7M-3PQX", "noReference", "yes"), "earlierReference.both"),
                Arguments.of(Step.EARLIER_COMPLAINT, answers("earlierReference", "<script>"), "earlierReference.invalid"),
                Arguments.of(Step.ESCALATION_REASON, answers("escalationReason", "other"), "escalationReasonOther.requiredForOther"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidAnswers")
    void eachRuleIsEnforced(Step step, Answers answers, String expected) {
        assertTrue(codes(step, answers).contains(expected), () -> "expected " + expected + " in " + codes(step, answers));
    }

    @Test
    void validAnswersPass() {
        assertEquals(List.of(), codes(Step.CHILD, answers("childName", "Sam Example", "childAge", "9")));
        assertEquals(List.of(), codes(Step.CONTACT, answers("fullName", "Sam", "phone", "+44 7700 900982", "preferredContact", "phone")));
        assertEquals(List.of(), codes(Step.EQUALITY, answers()), "equality monitoring is optional");
        assertEquals(List.of(), codes(Step.ACCESS_NEEDS, answers()), "access needs are optional");
        assertEquals(List.of(), codes(Step.WHAT_HAPPENED, answers("whatHappened", "Line one\nline two",
                "whenHappened-day", "22", "whenHappened-month", "11", "whenHappened-year", "2026")), "today is allowed");
    }

    @Test
    void aDateErrorLinksToThePartThatIsMissing() {
        FieldError e = validator.validate(Step.CHILD, answers("childName", "Sam", "childDob-day", "1", "childDob-year", "2015"), TODAY).get(0);
        assertEquals("childDob-month", e.part());
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        String emoji = "\uD83D\uDE00".repeat(100); // 100 characters, 200 UTF-16 units
        assertEquals(List.of(), codes(Step.CHILD, answers("childName", emoji, "childAge", "9")));
    }

    @Test
    void aFollowUpIsCheckedOnlyUnderItsOptionAndDroppedOtherwise() {
        String bad = "x".repeat(600) + "\u0007";
        assertEquals(List.of("interpreterLanguage.required", "otherNeeds.tooLong"),
                codes(Step.ACCESS_NEEDS, answers("accessNeeds", "interpreter", "accessNeeds", "other", "otherNeeds", bad)));
        Answers notChosen = answers("accessNeeds", "bsl", "interpreterLanguage", bad, "otherNeeds", bad);
        assertEquals(List.of(), codes(Step.ACCESS_NEEDS, notChosen), "not asked, so not checked");
        Answers stored = Answers.empty().with(Step.ACCESS_NEEDS, notChosen.asMap());
        assertEquals(List.of("bsl"), stored.all("accessNeeds"));
        assertTrue(!stored.has("interpreterLanguage") && !stored.has("otherNeeds"), "not kept: " + stored.asMap());
        assertTrue(Answers.empty().asTyped(Step.ACCESS_NEEDS, notChosen.asMap()).has("otherNeeds"),
                "as typed, to show the page again");
        Answers chosen = Answers.empty().with(Step.ESCALATION_REASON,
                answers("escalationReason", "other", "escalationReasonOther", "Nobody listened").asMap());
        assertEquals("Nobody listened", chosen.get("escalationReasonOther"));
        Answers leftOn = answers("purpose", "stage2", "role", "young-person", "responseMethods", "phone-call",
                "responseOther", "A visit");
        assertTrue(!leftOn.retain(new Journey(validator).path(leftOn)).has("responseOther"),
                "an earlier follow-up whose option was unticked is not submitted");
    }

    @Test
    void onlyTheOtherBoxesAndTheInterpretersLanguageAreFollowUps() {
        List<String> followUps = java.util.Arrays.stream(Step.values()).flatMap(s -> s.fields().stream())
                .filter(f -> f.shownUnder() != null).map(f -> f.name() + " under " + f.shownUnder().field() + "="
                        + f.shownUnder().option()).toList();
        assertEquals(List.of("responseOther under responseMethods=other",
                "escalationReasonOther under escalationReason=other", "interpreterLanguage under accessNeeds=interpreter",
                "otherNeeds under accessNeeds=other"), followUps);
        for (Step step : Step.values()) {
            for (Field f : step.fields()) {
                if (f.shownUnder() != null) {
                    Field parent = step.fields().stream().filter(p -> p.name().equals(f.shownUnder().field()))
                            .findFirst().orElseThrow(() -> new AssertionError(f.name() + ": its question is not on the page"));
                    assertTrue(parent.options().contains(f.shownUnder().option()), f.name());
                    assertTrue(!f.required(), f.name() + " is required only under its option (StepValidator)");
                }
            }
        }
    }
}
