package uk.council.complaints.triage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.council.complaints.deadline.BankHolidays;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.journey.SubmissionKind.CALLBACK;
import static uk.council.complaints.journey.SubmissionKind.COMMENT;
import static uk.council.complaints.journey.SubmissionKind.COMPLIMENT;
import static uk.council.complaints.journey.SubmissionKind.STAGE2;
import static uk.council.complaints.journey.SubmissionKind.SUGGESTION;
import static uk.council.complaints.triage.Flag.*;
import static uk.council.complaints.triage.Priority.HIGH;
import static uk.council.complaints.triage.Priority.NORMAL;
import static uk.council.complaints.triage.Priority.URGENT;
import static uk.council.complaints.triage.Queue.*;

/** Every row of DESIGN section 4 and the edges between them: one line of the table per case. */
class TriageTest {

    static final BankHolidays HOLIDAYS = BankHolidays.of(List.of(
            LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 1, 1)));

    static Triage triage() {
        return new Triage(TestRouting.directory(), TestRouting.CORPORATE_SERVICES, new WorkingDays(HOLIDAYS), new DeadlineProperties());
    }

    /** The rule that must explain each flag. */
    static final Map<Flag, String> FLAG_RULES = Map.of(YOUNG_PERSON, "flag.young-person",
            ADVOCATE_FILING, "flag.advocate-filing", ADVOCACY_REQUESTED, "flag.advocacy-requested",
            COURT_PROCEEDINGS, "flag.court-proceedings", OUT_OF_TIME, "flag.out-of-time",
            NO_PARENTAL_RESPONSIBILITY, "flag.no-parental-responsibility", CHILD_CONSENT_TO_CHECK, "flag.child-consent",
            ACCESS_NEEDS, "flag.access-needs", POSSIBLE_REPEAT, "flag.possible-repeat");

    static Stream<Arguments> table() {
        return Stream.of(
                // Statutory Stage 1: every eligible person
                row("parent with parental responsibility", s -> { }, STAGE1, NORMAL, "queue.stage1"),
                row("young person", s -> s.role("young-person"), STAGE1, HIGH,
                        "queue.stage1", "priority.high.young-person", YOUNG_PERSON),
                row("advocate, child agrees", s -> s.role("advocate"), STAGE1, NORMAL, "queue.stage1", ADVOCATE_FILING),
                row("relative", s -> s.role("relative"), STAGE1, NORMAL, "queue.stage1"),
                row("foster carer", s -> s.role("foster-carer"), STAGE1, NORMAL, "queue.stage1"),
                row("special guardian", s -> s.role("special-guardian"), STAGE1, NORMAL, "queue.stage1"),
                row("someone else (sufficient interest)", s -> s.role("someone-else"), STAGE1, NORMAL, "queue.stage1"),
                row("service not sure: Stage 1, check the service", s -> s.service("not-sure"), STAGE1, NORMAL,
                        "queue.stage1", "queue.stage1.check-service"),
                row("no service given (young person's journey)", s -> s.role("young-person").service(null), STAGE1,
                        HIGH, "queue.stage1.check-service", YOUNG_PERSON),
                row("role not recorded: Stage 1, check eligibility", s -> s.role(null), STAGE1, NORMAL,
                        "queue.stage1.check-eligibility"),
                // Corporate
                row("SEN / EHCP", s -> s.service("sen-ehcp"), CORPORATE, NORMAL, "queue.corporate.service"),
                row("school transport", s -> s.service("school-transport"), CORPORATE, NORMAL,
                        "queue.corporate.service"),
                row("holiday activity fund (issue 21)", s -> s.service("holiday-activity-fund"), CORPORATE, NORMAL,
                        "queue.corporate.service"),
                row("professional about children in care", s -> s.role("professional"), CORPORATE, NORMAL,
                        "queue.corporate.not-eligible"),
                row("professional about SEN: both grounds recorded", s -> s.role("professional").service("sen-ehcp"),
                        CORPORATE, NORMAL, "queue.corporate.service", "queue.corporate.not-eligible"),
                // Call-back
                row("call-back", s -> s.kind(CALLBACK), Queue.CALLBACK, NORMAL, "queue.callback"),
                row("call-back by a professional", s -> { s.kind = CALLBACK; s.role("professional"); },
                        Queue.CALLBACK, NORMAL, "queue.callback"),
                row("call-back about SEN", s -> { s.kind = CALLBACK; s.service("sen-ehcp"); }, Queue.CALLBACK, NORMAL,
                        "queue.callback"),
                row("call-back, child at risk now", s -> { s.kind = CALLBACK; s.riskNow = true; }, Queue.CALLBACK,
                        URGENT, "queue.callback", "priority.urgent"),
                // Stage 2
                row("Stage 2 with the earlier reference", s -> { s.kind = STAGE2; s.earlierReference = "CSC-AB12CD"; },
                        Queue.STAGE2, NORMAL, "queue.stage2"),
                row("Stage 2 without a reference", s -> s.kind(STAGE2), Queue.STAGE2, NORMAL, "queue.stage2"),
                row("Stage 2 by a young person", s -> { s.kind = STAGE2; s.role("young-person"); }, Queue.STAGE2, HIGH,
                        "queue.stage2", "priority.high.young-person", YOUNG_PERSON),
                // Compliments and comments
                row("compliment", s -> s.kind(COMPLIMENT), COMPLIMENTS, NORMAL, "queue.compliments"),
                row("comment", s -> s.kind(COMMENT), COMPLIMENTS, NORMAL, "queue.compliments"),
                row("suggestion", s -> s.kind(SUGGESTION), COMPLIMENTS, NORMAL, "queue.compliments"),
                // staff intake (issue 10): an enquiry is answered from the compliments and comments queue
                row("enquiry", s -> s.kind(uk.council.complaints.journey.SubmissionKind.ENQUIRY), COMPLIMENTS, NORMAL, "queue.enquiry"),
                // Signpost
                row("a school's own matter", s -> s.service("school"), SIGNPOST, NORMAL, "queue.signpost"),
                row("another council", s -> s.service("other-council"), SIGNPOST, NORMAL, "queue.signpost"),
                row("professional about a school: out of remit wins", s -> s.role("professional").service("school"),
                        SIGNPOST, NORMAL, "queue.signpost"),
                row("call-back about another council: signposted by phone",
                        s -> { s.kind = CALLBACK; s.service("other-council"); }, SIGNPOST, NORMAL,
                        "queue.signpost", "queue.signpost.callback"),
                // Risk now: urgent, front door told, and the case still goes to its queue
                row("parent, child at risk now", s -> s.riskNow = true, STAGE1, URGENT, "priority.urgent"),
                row("young person reporting a child at risk now", s -> { s.role("young-person"); s.riskNow = true; },
                        STAGE1, URGENT, "priority.urgent", YOUNG_PERSON),
                row("professional, child at risk now", s -> { s.role("professional"); s.riskNow = true; }, CORPORATE,
                        URGENT, "priority.urgent"),
                row("school matter, child at risk now", s -> { s.service("school"); s.riskNow = true; }, SIGNPOST,
                        URGENT, "queue.signpost", "priority.urgent"),
                // Parental responsibility
                row("parent without parental responsibility", s -> s.parentalResponsibility = "no", STAGE1, NORMAL,
                        "queue.stage1", NO_PARENTAL_RESPONSIBILITY),
                row("parent not sure of parental responsibility", s -> s.parentalResponsibility = "not-sure", STAGE1,
                        NORMAL, NO_PARENTAL_RESPONSIBILITY),
                row("a relative is not asked about parental responsibility", s -> s.role("relative"), STAGE1, NORMAL),
                // Time limit
                row("event 13 months ago", s -> s.whenHappened = Submission.RECEIVED.minusMonths(13), STAGE1, NORMAL,
                        OUT_OF_TIME),
                row("event 12 months and a day ago", s -> s.whenHappened = Submission.RECEIVED.minusYears(1).minusDays(1),
                        STAGE1, NORMAL, OUT_OF_TIME),
                row("event exactly 12 months ago is in time", s -> s.whenHappened = Submission.RECEIVED.minusYears(1),
                        STAGE1, NORMAL),
                row("began 3 years ago, still happening: in time", s -> {
                    s.whenHappened = Submission.RECEIVED.minusYears(3);
                    s.stillHappening = true;
                }, STAGE1, NORMAL),
                // Court proceedings
                row("court proceedings", s -> s.courtProceedings = "yes", STAGE1, NORMAL, COURT_PROCEEDINGS),
                row("court proceedings not sure", s -> s.courtProceedings = "not-sure", STAGE1, NORMAL,
                        COURT_PROCEEDINGS),
                // Advocates and advocacy
                row("advocate, child does not agree", s -> { s.childAgrees = "no"; s.role("advocate"); }, STAGE1,
                        NORMAL, ADVOCATE_FILING, CHILD_CONSENT_TO_CHECK),
                row("advocate, child cannot say", s -> { s.childAgrees = "cannot-say"; s.role("advocate"); }, STAGE1,
                        NORMAL, ADVOCATE_FILING, CHILD_CONSENT_TO_CHECK),
                row("young person asks for an advocate", s -> { s.role("young-person"); s.advocacyRequested = true; },
                        STAGE1, HIGH, "priority.high.young-person", "priority.high.advocacy", YOUNG_PERSON,
                        ADVOCACY_REQUESTED),
                // Access needs and repeats
                row("interpreter with a language", s -> { s.accessNeeds.add("interpreter"); s.interpreterLanguage = "Polish"; },
                        STAGE1, NORMAL, ACCESS_NEEDS),
                row("large print and Easy Read", s -> { s.accessNeeds.add("large-print"); s.accessNeeds.add("easy-read"); },
                        STAGE1, NORMAL, ACCESS_NEEDS),
                row("a language without ticking interpreter", s -> s.interpreterLanguage = "Urdu", STAGE1, NORMAL,
                        ACCESS_NEEDS),
                row("possible repeat", s -> s.repeatOf = "CSC-EARLY1", STAGE1, NORMAL, POSSIBLE_REPEAT),
                row("everything at once", s -> {
                    s.childAgrees = "cannot-say";
                    s.role("advocate");
                    s.riskNow = true;
                    s.courtProceedings = "yes";
                    s.whenHappened = Submission.RECEIVED.minusMonths(18);
                    s.accessNeeds.add("bsl");
                    s.repeatOf = "CSC-EARLY1";
                    s.service("sen-ehcp");
                }, CORPORATE, URGENT, "queue.corporate.service", "priority.urgent", ADVOCATE_FILING,
                        CHILD_CONSENT_TO_CHECK, COURT_PROCEEDINGS, OUT_OF_TIME, ACCESS_NEEDS, POSSIBLE_REPEAT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void triagesTheRow(String name, Submission submission, Queue queue, Priority priority, Set<Flag> flags,
                       Set<String> rules) {
        TriageResult result = triage().triage(submission.input());

        assertEquals(queue, result.queue(), "queue");
        assertEquals(priority, result.priority(), "priority");
        assertEquals(flags, result.flags(), "flags");
        assertEquals(submission.riskNow, result.frontDoorAlert(), "front door alert");
        rules.forEach(rule -> assertTrue(result.fired(rule), "expected rule " + rule + " in " + result.reasons()));
        assertEveryDecisionHasAReason(result);
    }

    /** Friday 19 December 2025, with Christmas, Boxing Day and New Year's Day in the way. */
    static Stream<Arguments> dueDates() {
        LocalDate none = null;
        return Stream.of(
                due(Submission.complaint(), LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 7)),
                // Complaint Handling Code: acknowledged within 5, answered within 10 of the acknowledgement
                due(Submission.complaint().service("sen-ehcp"), LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 14)),
                due(Submission.complaint().kind(CALLBACK), LocalDate.of(2025, 12, 23), LocalDate.of(2025, 12, 23)),
                due(Submission.complaint().kind(STAGE2), LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 28)),
                due(Submission.complaint().kind(COMPLIMENT), LocalDate.of(2025, 12, 24), none),
                due(Submission.complaint().service("other-council"), LocalDate.of(2025, 12, 24), none));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dueDates")
    void countsWorkingDaysPastTheHolidays(Queue queue, Submission submission, LocalDate acknowledgeBy,
                                          LocalDate responseDue) {
        TriageResult result = triage().triage(submission.input());

        assertEquals(queue, result.queue());
        assertEquals(acknowledgeBy, result.acknowledgeBy(), "acknowledge by");
        assertEquals(responseDue, result.responseDue(), "response due");
    }

    @Test
    void theNumbersOfDaysComeFromConfiguration() {
        DeadlineProperties deadlines = new DeadlineProperties();
        deadlines.setStage1(15);
        deadlines.setAcknowledge(1);
        Triage triage = new Triage(TestRouting.directory(), TestRouting.CORPORATE_SERVICES, new WorkingDays(HOLIDAYS), deadlines);

        TriageResult result = triage.triage(Submission.complaint().input());

        assertEquals(LocalDate.of(2025, 12, 22), result.acknowledgeBy());
        assertEquals(LocalDate.of(2026, 1, 14), result.responseDue());
        assertEquals(List.of(LocalDate.of(2026, 1, 14), 15, 20), reason(result, "due.response").args());
    }

    @Test
    void theCorporateServicesAreTheConfiguredOnes() {
        Triage triage = new Triage(TestRouting.directory(), CorporateServices.of(List.of("fostering")),
                new WorkingDays(HOLIDAYS), new DeadlineProperties());

        assertEquals(STAGE1, triage.triage(Submission.complaint().service("sen-ehcp").input()).queue());
        assertEquals(CORPORATE, triage.triage(Submission.complaint().service("fostering").input()).queue());
    }

    @Test
    void notSureAnswersSayTheyNeedChecking() {
        Submission court = Submission.complaint();
        court.courtProceedings = "not-sure";
        Submission responsibility = Submission.complaint();
        responsibility.parentalResponsibility = "not-sure";

        assertEquals("triage.reason.flag.court-proceedings.not-sure",
                reason(triage().triage(court.input()), "flag.court-proceedings").messageKey());
        assertEquals("triage.reason.flag.no-parental-responsibility.not-sure",
                reason(triage().triage(responsibility.input()), "flag.no-parental-responsibility").messageKey());
    }

    @Test
    void routesToTheTeamOfTheQueueOrService() {
        assertEquals(TestRouting.CHILDREN_IN_CARE.mailbox(), triage().triage(Submission.complaint().input()).teamMailbox());
        assertEquals(TestRouting.SEN.name(), triage().triage(Submission.complaint().role("professional")
                .service("sen-ehcp").input()).team());
        assertEquals(TestRouting.DEFAULT.name(), triage().triage(Submission.complaint().service("fostering").input()).team());
        // Signposting is the complaints team's job even when a service team is listed for the code.
        assertEquals(TestRouting.DEFAULT.name(), triage().triage(Submission.complaint().service("school").input()).team());
        assertEquals(TestRouting.CALLBACKS.name(), triage().triage(Submission.complaint().kind(CALLBACK).input()).team());
        assertEquals(TestRouting.STAGE2.name(), triage().triage(Submission.complaint().kind(STAGE2).input()).team());
        assertEquals(TestRouting.DEFAULT.name(), triage().triage(Submission.complaint().kind(COMMENT).input()).team());
    }

    @Test
    void theStage2ReasonNamesTheEarlierReference() {
        Submission stage2 = Submission.complaint().kind(STAGE2);
        stage2.earlierReference = " CSC-AB12CD ";

        Reason reason = reason(triage().triage(stage2.input()), "queue.stage2");

        assertEquals("triage.reason.queue.stage2", reason.messageKey());
        assertEquals(List.of("CSC-AB12CD"), reason.args());
    }

    private static Reason reason(TriageResult result, String rule) {
        return result.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + result.reasons()));
    }

    private static Arguments due(Submission submission, LocalDate acknowledgeBy, LocalDate responseDue) {
        return Arguments.of(triage().triage(submission.input()).queue(), submission, acknowledgeBy, responseDue);
    }

    /** Whatever the row, the queue, a raised priority, each flag, the team and the dates are explained. */
    static void assertEveryDecisionHasAReason(TriageResult result) {
        List<String> fired = result.reasons().stream().map(Reason::rule).toList();
        assertTrue(fired.stream().anyMatch(r -> r.startsWith("queue.")), "queue reason: " + fired);
        assertEquals(result.priority() != NORMAL, fired.stream().anyMatch(r -> r.startsWith("priority.")),
                "a priority reason exactly when raised: " + fired);
        assertEquals(result.priority() == URGENT, fired.contains("priority.urgent"), "urgent reason: " + fired);
        FLAG_RULES.forEach((flag, rule) -> assertEquals(result.has(flag), fired.contains(rule), rule + ": " + fired));
        assertEquals(1, fired.stream().filter(r -> r.startsWith("route.")).count(), "one team reason: " + fired);
        assertTrue(fired.contains("due.acknowledge"), "acknowledge date reason: " + fired);
        assertEquals(result.responseDue() != null, fired.contains("due.response"), "response date reason: " + fired);
        assertFalse(result.has(LEAFLET_SENT), "triage never says the leaflet was sent");
    }

    private static Arguments row(String name, Consumer<Submission> change, Queue queue, Priority priority,
                                 Object... expected) {
        Submission submission = Submission.complaint();
        change.accept(submission);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        Set<String> rules = new TreeSet<>();
        for (Object e : expected) {
            if (e instanceof Flag f) {
                flags.add(f);
            } else {
                rules.add((String) e);
            }
        }
        return Arguments.of(name, submission, queue, priority, flags, rules);
    }
}
