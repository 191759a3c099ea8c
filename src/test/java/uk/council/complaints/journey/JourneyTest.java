package uk.council.complaints.journey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.journey.Step.*;

class JourneyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final Journey journey = new Journey(new StepValidator());

    static Answers answers(String... pairs) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return new Answers(map);
    }

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("nothing answered", answers(), List.of(PURPOSE)),
                Arguments.of("complaint, who not answered", answers("purpose", "complaint"), List.of(PURPOSE, WHO, SAFETY)),
                Arguments.of("parent complaint", answers("purpose", "complaint", "role", "parent", "wantsCallback", "no"),
                        List.of(PURPOSE, WHO, SAFETY, CHILD, CHILDREN, PARENTAL_RESPONSIBILITY, CALLBACK_OFFER, SERVICE,
                                WHAT_HAPPENED, PUT_RIGHT, COURT_PROCEEDINGS, RAISED_BEFORE, CHILD_ADVOCATE, CONTACT,
                                ACCESS_NEEDS, EQUALITY)),
                Arguments.of("complaint stops at the call-back offer", answers("purpose", "complaint", "role", "relative"),
                        List.of(PURPOSE, WHO, SAFETY, CHILD, CHILDREN, CALLBACK_OFFER)),
                Arguments.of("advocate complaint", answers("purpose", "complaint", "role", "advocate", "wantsCallback", "no"),
                        List.of(PURPOSE, WHO, SAFETY, CHILD, CHILDREN, ADVOCATE, CALLBACK_OFFER, SERVICE, WHAT_HAPPENED,
                                PUT_RIGHT, COURT_PROCEEDINGS, RAISED_BEFORE, CHILD_ADVOCATE, CONTACT, ACCESS_NEEDS,
                                EQUALITY)),
                Arguments.of("young person's own route stops at how to reach them",
                        answers("purpose", "complaint", "role", "young-person"),
                        List.of(PURPOSE, WHO, YP_SAFETY, YP_NAME, YP_CONTACT_ROUTE)),
                Arguments.of("young person reached directly",
                        answers("purpose", "complaint", "role", "young-person", "ypContactRoute", "me"),
                        List.of(PURPOSE, WHO, YP_SAFETY, YP_NAME, YP_CONTACT_ROUTE, YP_CONTACT_ME, YP_WHAT_IS_WRONG,
                                YP_WANT_TO_CHANGE, YP_ADVOCATE)),
                Arguments.of("young person reached through their social worker",
                        answers("purpose", "complaint", "role", "young-person", "ypContactRoute", "social-worker"),
                        List.of(PURPOSE, WHO, YP_SAFETY, YP_NAME, YP_CONTACT_ROUTE, YP_CONTACT_HELPER, YP_WHAT_IS_WRONG,
                                YP_WANT_TO_CHANGE, YP_ADVOCATE)),
                Arguments.of("a young person asking for a call back has their own pages and the advocate offer",
                        answers("purpose", "callback", "role", "young-person"),
                        List.of(PURPOSE, WHO, YP_SAFETY, YP_NAME, YP_CALLBACK_PHONE, YP_CALLBACK_DAYS, YP_CALLBACK_TIME,
                                YP_CALLBACK_TOPIC, YP_ADVOCATE)),
                Arguments.of("a relative's complaint is not asked about an advocate for the child",
                        answers("purpose", "complaint", "role", "relative", "wantsCallback", "no"),
                        List.of(PURPOSE, WHO, SAFETY, CHILD, CHILDREN, CALLBACK_OFFER, SERVICE, WHAT_HAPPENED, PUT_RIGHT,
                                COURT_PROCEEDINGS, RAISED_BEFORE, CONTACT, ACCESS_NEEDS, EQUALITY)),
                Arguments.of("call back chosen at the offer",
                        answers("purpose", "complaint", "role", "foster-carer", "wantsCallback", "yes"),
                        List.of(PURPOSE, WHO, SAFETY, CHILD, CHILDREN, CALLBACK_OFFER, SERVICE, CALLBACK, CONTACT, ACCESS_NEEDS,
                                EQUALITY)),
                Arguments.of("call back from the start", answers("purpose", "callback", "role", "professional"),
                        List.of(PURPOSE, WHO, SAFETY, CHILD, CHILDREN, SERVICE, CALLBACK, CONTACT, ACCESS_NEEDS, EQUALITY)),
                Arguments.of("compliment", answers("purpose", "compliment"), List.of(PURPOSE, FEEDBACK, CONTACT)),
                Arguments.of("stage 2, who not answered", answers("purpose", "stage2"),
                        List.of(PURPOSE, EARLIER_COMPLAINT, WHO)),
                Arguments.of("stage 2 by a special guardian", answers("purpose", "stage2", "role", "special-guardian"),
                        List.of(PURPOSE, EARLIER_COMPLAINT, WHO, CHILD, CHILDREN, HOW_RESPONDED, ESCALATION_REASON, WANT_NOW,
                                CONTACT, ACCESS_NEEDS, EQUALITY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void thePathFollowsTheAnswers(String description, Answers answers, List<Step> expected) {
        assertEquals(expected, journey.path(answers));
    }

    @Test
    void theLeafletIsOfferedToYoungPeopleAdvocatesAndParents() {
        assertTrue(AdvocacyLeaflet.offeredTo(answers("role", "young-person")));
        assertTrue(AdvocacyLeaflet.offeredTo(answers("role", "advocate")));
        assertTrue(AdvocacyLeaflet.offeredTo(answers("role", "parent")));
        assertFalse(AdvocacyLeaflet.offeredTo(answers("role", "professional")));
    }

    @Test
    void everyoneOfferedTheLeafletSeesItOnTheirPathAndNobodyElseDoes() {
        for (String role : Options.ROLES) {
            Answers a = answers("purpose", "complaint", "role", role, "riskNow", "no", "ypContactRoute", "me");
            List<Step> leafletPages = journey.path(a).stream().filter(AdvocacyLeaflet::shownOn).toList();
            assertEquals(AdvocacyLeaflet.shownOn(role).stream().toList(), leafletPages, role);
        }
    }

    @Test
    void aYoungPersonReachedThroughAHelperNeedsTheHelpersDetailsNotTheirOwn() {
        Answers viaWorker = answers("purpose", "complaint", "role", "young-person", "ypRiskNow", "no", "ypName", "Jo",
                "ypContactRoute", "social-worker", "helperName", "Pat", "helperContact", "pat@council.example",
                "ypWhatIsWrong", "x", "ypWantToChange", "y", "wantsAdvocate", "yes");
        assertTrue(journey.isComplete(viaWorker, TODAY));
        Answers direct = answers("purpose", "complaint", "role", "young-person", "ypRiskNow", "no", "ypName", "Jo",
                "ypContactRoute", "me", "ypWhatIsWrong", "x", "ypWantToChange", "y", "wantsAdvocate", "no");
        assertEquals(YP_CONTACT_ME, journey.firstIncomplete(direct, TODAY).orElseThrow(), "direct contact needs a phone or email");
    }

    @Test
    void kindFollowsPurposeOfferAndFeedbackType() {
        assertEquals(SubmissionKind.COMPLAINT, Journey.kind(answers("purpose", "complaint", "wantsCallback", "no")));
        assertEquals(SubmissionKind.CALLBACK, Journey.kind(answers("purpose", "complaint", "wantsCallback", "yes")));
        assertEquals(SubmissionKind.CALLBACK, Journey.kind(answers("purpose", "callback")));
        assertEquals(SubmissionKind.STAGE2, Journey.kind(answers("purpose", "stage2")));
        assertEquals(SubmissionKind.COMPLIMENT, Journey.kind(answers("purpose", "compliment", "feedbackType", "thanks")));
        assertEquals(SubmissionKind.COMMENT, Journey.kind(answers("purpose", "compliment", "feedbackType", "comment")));
        assertEquals(SubmissionKind.SUGGESTION, Journey.kind(answers("purpose", "compliment", "feedbackType", "suggestion")));
    }

    @Test
    void aLaterPageIsNotReachableUntilEveryEarlierPageIsAnswered() {
        Answers partial = answers("purpose", "complaint", "role", "parent", "riskNow", "no");
        assertTrue(journey.isReachable(CHILD, partial, TODAY));
        assertFalse(journey.isReachable(PARENTAL_RESPONSIBILITY, partial, TODAY), "the child's details are missing");
        assertFalse(journey.isReachable(ADVOCATE, partial, TODAY), "not on a parent's path");
        assertEquals(CHILD, journey.firstIncomplete(partial, TODAY).orElseThrow());
    }

    @Test
    void nextAndPreviousFollowThePathAndEndAtCheckAnswers() {
        Answers a = answers("purpose", "compliment");
        assertEquals(FEEDBACK, journey.next(PURPOSE, a).orElseThrow());
        assertEquals(CONTACT, journey.next(FEEDBACK, a).orElseThrow());
        assertTrue(journey.next(CONTACT, a).isEmpty(), "after the last page comes check your answers");
        assertEquals(FEEDBACK, journey.previous(CONTACT, a).orElseThrow());
        assertTrue(journey.previous(PURPOSE, a).isEmpty(), "before the first page is the start page");
    }

    @Test
    void aCompleteComplimentIsReadyToCheck() {
        Answers a = answers("purpose", "compliment", "feedbackType", "thanks", "feedbackMessage", "Thank you, Jo",
                "fullName", "Sam", "email", "sam@example.com", "preferredContact", "email");
        assertTrue(journey.isComplete(a, TODAY));
        assertFalse(journey.isComplete(answers("purpose", "compliment", "feedbackType", "thanks"), TODAY));
    }

    @Test
    void answersLeftOnABranchThePersonLeftAreNotKept() {
        Answers a = answers("purpose", "complaint", "role", "parent", "advocateOrganisation", "Voices", "wantsCallback", "no");
        Answers kept = a.retain(journey.path(a));
        assertFalse(kept.has("advocateOrganisation"));
        assertTrue(kept.has("role"));
    }

    @Test
    void courtProceedingsAndRaisedBeforeAreTwoPagesOfOneQuestionEachInThatOrder() {
        assertEquals(List.of("courtProceedings"), COURT_PROCEEDINGS.fieldNames());
        assertEquals(List.of("raisedBefore"), RAISED_BEFORE.fieldNames());
        assertTrue(COURT_PROCEEDINGS.singleQuestion() && RAISED_BEFORE.singleQuestion(), "the question is the heading");
        Answers a = answers("purpose", "complaint", "role", "relative", "wantsCallback", "no");
        assertEquals(RAISED_BEFORE, journey.next(COURT_PROCEEDINGS, a).orElseThrow());
        assertEquals(PUT_RIGHT, journey.previous(COURT_PROCEEDINGS, a).orElseThrow());
        assertEquals(COURT_PROCEEDINGS, journey.previous(RAISED_BEFORE, a).orElseThrow());
        assertEquals(CONTACT, journey.next(RAISED_BEFORE, a).orElseThrow());
    }

    @Test
    void aDraftSavedWhenBothQuestionsWereOnOnePageCarriesOnPastBoth() {
        Answers saved = answers("purpose", "complaint", "role", "relative", "riskNow", "no", "childName", "Sam",
                "childAge", "9", "wantsCallback", "no", "service", "fostering", "whatHappened", "x",
                "stillHappening", "yes", "outcomesSought", "apology", "courtProceedings", "no", "raisedBefore", "yes");
        assertEquals(CONTACT, journey.firstIncomplete(saved, TODAY).orElseThrow());
        assertTrue(saved.retain(journey.path(saved)).has("raisedBefore"), "the answer is kept under its old name");
        Answers halfway = answers("purpose", "complaint", "role", "relative", "riskNow", "no", "childName", "Sam",
                "childAge", "9", "wantsCallback", "no", "service", "fostering", "whatHappened", "x",
                "stillHappening", "yes", "outcomesSought", "apology", "courtProceedings", "no");
        assertEquals(RAISED_BEFORE, journey.firstIncomplete(halfway, TODAY).orElseThrow());
    }

    @Test
    void theOldAddressOfTheSplitPageLeadsToItsFirstQuestion() {
        assertEquals(COURT_PROCEEDINGS, Step.movedFrom("court-and-earlier-contact").orElseThrow());
        assertTrue(Step.fromSlug("court-and-earlier-contact").isEmpty());
        assertTrue(Step.movedFrom("court-proceedings").isEmpty(), "a current address is not moved");
        for (Step step : Step.values()) {
            assertTrue(Step.movedFrom(step.slug()).isEmpty(), step.slug());
        }
    }
}
