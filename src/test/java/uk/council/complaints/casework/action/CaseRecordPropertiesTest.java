package uk.council.complaints.casework.action;

import io.micronaut.context.ApplicationContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.casework.stage.StageRules;
import uk.council.complaints.deadline.RequestWindow;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.notify.PersonNotices;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: random sequences of actions with random dates through the real services, each taken as a post is (the
 * page's checks, then the guard under the row lock, then the service); after each, the record's invariants hold.
 * One application context for every try (the suite runs twice on two cores: tries kept modest).
 */
class CaseRecordPropertiesTest {
    private static final ApplicationContext CTX = ApplicationContext.run("test");
    private static final List<CaseActions> ACTIONS = List.of(CaseActions.RESPONSE, CaseActions.ESCALATE, CaseActions.INVESTIGATORS,
            CaseActions.ADJUDICATE, CaseActions.CLOSE, CaseActions.PANEL, CaseActions.MEETING, CaseActions.REPORT,
            CaseActions.COUNCIL_RESPONSE, CaseActions.EXTEND, CaseActions.CORRECT_OUTCOME,
            CaseActions.CORRECT_REPORT);
    private static final List<String> VIA = List.of("email", "letter", "phone", "in-person", "advocate");
    private static final StaffActor BY = new StaffActor(1, "Property Officer", "property@example.org", Set.of("officer"), false);

    record Step(int action, int days, int via) {
    }

    @AfterContainer
    static void close() {
        CTX.close();
    }

    @Provide
    Arbitrary<List<Step>> plans() {
        return Combinators.combine(Arbitraries.integers().between(0, ACTIONS.size() - 1),
                Arbitraries.integers().between(-6, 30), Arbitraries.integers().between(0, VIA.size() - 1))
                .as(Step::new).list().ofMinSize(4).ofMaxSize(16);
    }

    @Property(tries = 12)
    void theRecordStaysPossible(@ForAll("plans") List<Step> plan, @ForAll("via") String receivedVia) {
        LocalDate today = ClockFactory.today(CTX.getBean(Clock.class));
        List<Long> chain = new ArrayList<>(List.of(complaint(CTX, receivedVia, today.minusDays(120))));
        for (Step step : plan) {
            long id = chain.get(chain.size() - 1);
            CaseActions action = ACTIONS.get(step.action());
            LocalDate on = received(id).plusDays(step.days());
            CaseStatus before = status(id);
            StaffForm form = form(action, on, VIA.get(step.via()));
            if (action == CaseActions.CLOSE || CTX.getBean(ActionPages.class).check(action, form, id).isEmpty()) {
                try {
                    CTX.getBean(ActionGuard.class).run(id, BY, action, () -> PropertyActions.perform(CTX, id, BY, action, form));
                } catch (CaseworkRefused refused) {
                    // refused with its reason: the record is unchanged, as the invariants below check
                }
            }
            CaseStatus after = status(id);
            assertTrue(after == before || before.canMoveTo(after), before + " to " + after);
            Long next = CTX.getBean(CaseworkRepository.class).findById(id).map(CaseHandling::linkedCaseId).orElse(null);
            if (next != null && next > id) {
                chain.add(next);
            }
            invariants(chain, receivedVia);
        }
    }

    @Provide
    Arbitrary<String> via() {
        return Arbitraries.of(VIA);
    }

    private void invariants(List<Long> chain, String receivedVia) {
        LocalDate previousOutcome = null;
        for (long id : chain) {
            SubmittedCase c = CTX.getBean(CaseRepository.class).findById(id).orElseThrow();
            assertEquals(receivedVia, c.receivedVia(), "how it was received is kept through escalation");
            if (previousOutcome != null) {
                assertFalse(c.receivedOn().isBefore(previousOutcome), "the request is not before the outcome it follows");
            }
            LocalDate outcome = CTX.getBean(CaseworkRepository.class).findById(id).map(CaseHandling::respondedOn).orElse(null);
            assertTrue(outcome == null || !outcome.isBefore(c.receivedOn()), "the outcome is not before the case was received");
            CTX.getBean(StageRepositories.Panels.class).findById(id).ifPresent(p -> {
                assertTrue(p.meetingOn() == null || !p.meetingOn().isBefore(c.receivedOn()), "meeting after the request");
                assertTrue(p.reportOn() == null || !p.reportOn().isBefore(p.meetingOn()), "report after the meeting");
                assertTrue(p.councilResponseOn() == null || !p.councilResponseOn().isBefore(p.reportOn()), "response after the report");
            });
            List<String> outcomes = CTX.getBean(CaseTimeline.class).events(id).stream().map(e -> e.eventType())
                    .filter(t -> Set.of(CaseEventType.RESPONDED.code(), CaseEventType.ADJUDICATED.code(),
                            CaseEventType.COUNCIL_RESPONDED.code()).contains(t)).toList();
            assertTrue(outcomes.size() <= 1, "one outcome per stage: " + outcomes);
            if (outcome != null && !outcomes.isEmpty() && !outcomes.get(0).equals(CaseEventType.COUNCIL_RESPONDED.code())) {
                String told = CTX.getBean(PersonNotices.class).about(id, CaseEventType.ofCode(outcomes.get(0)).orElseThrow(),
                        outcome, Long.MAX_VALUE, null).orElseThrow().paragraphs().toString();
                LocalDate window = CTX.getBean(RequestWindow.class).endsAfter(outcome);
                assertTrue(told.contains(CTX.getBean(Messages.class).date(window, "date")), told);
                assertFalse(CTX.getBean(StageRules.class).isLate(outcome, window), "the told day is accepted");
                assertTrue(CTX.getBean(StageRules.class).isLate(outcome, window.plusDays(1)), "the day after is late");
            }
            previousOutcome = outcome;
        }
    }

    static StaffForm form(CaseActions action, LocalDate on, String via) {
        Map<String, List<String>> v = new HashMap<>();
        String date = StepDates.field(action).orElse("unused");
        v.put(date + "-day", List.of(String.valueOf(on.getDayOfMonth())));
        v.put(date + "-month", List.of(String.valueOf(on.getMonthValue())));
        v.put(date + "-year", List.of(String.valueOf(on.getYear())));
        Map.of("methods", "written", "finding", "upheld", "finding-1", "partly-upheld", "outcomes", "explanation",
                "reason", action == CaseActions.ESCALATE ? "outcomes-not-met" : "More time needed.", "wantNow", "Look again.",
                "requestVia", via, "acceptLate", "yes", "lateReason", "Accepted.").forEach((k, x) -> v.put(k, List.of(x)));
        Map.of("investigatingOfficer", "Priya Investigator", "independentPerson", "Jo Independent", "chair", "Ann Chair",
                "memberTwo", "Bea Second", "memberThree", "Sam Third").forEach((k, x) -> v.put(k, List.of(x)));
        return new StaffForm(v);
    }

    static long complaint(ApplicationContext ctx, String via, LocalDate on) {
        String reference = "P" + String.format("%03d", (int) (Math.random() * 1000)) + "-" + String.format("%04d", (int) (Math.random() * 10000));
        Clock clock = ctx.getBean(Clock.class);
        SubmittedCase saved = ctx.getBean(CaseRepository.class).save(StaffFixtures.sample(reference, SubmissionKind.COMPLAINT,
                "children-in-care", clock.instant()).copyAs(reference, SubmissionKind.COMPLAINT, clock.instant())
                .receivedVia(via).receivedOn(on).build());
        ctx.getBean(StageRepositories.Issues.class).save(new StageRecords.Issue(null, saved.id(), 1, "delay", null, null));
        ctx.getBean(TriageService.class).triageAndStore(saved, List.of(), false);
        return saved.id();
    }

    private static LocalDate received(long id) {
        return CTX.getBean(CaseRepository.class).findById(id).orElseThrow().receivedOn();
    }

    private static CaseStatus status(long id) {
        return CTX.getBean(CaseRepository.class).findById(id).orElseThrow().status();
    }
}
