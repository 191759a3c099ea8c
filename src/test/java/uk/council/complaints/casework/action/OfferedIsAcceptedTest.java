package uk.council.complaints.casework.action;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.record.CaseRecordRepositories;
import uk.council.complaints.casework.record.CaseRecordWork;
import uk.council.complaints.casework.record.OmbudsmanWork;
import uk.council.complaints.casework.stage.Casework;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: for every declared action and a set of case states reached through the real services, the case page
 * offers the action exactly when a post of it is let through (offered if and only if accepted), for an officer and a
 * manager; and the record's actions, for every row of the case and one that is not on it.
 */
class OfferedIsAcceptedTest {
    private static final ApplicationContext CTX = ApplicationContext.run("test");
    private static final StaffActor OFFICER = new StaffActor(1, "Offer Officer", "offer@example.org", Set.of("officer"), false);
    private static final StaffActor MANAGER = new StaffActor(1, "Offer Manager", "manager@example.org", Set.of("officer", "manager"), false);

    /** Walks through the stages; after each step, every action is asked both ways. */
    private static final List<List<CaseActions>> WALKS = List.of(
            List.of(CaseActions.ACKNOWLEDGE, CaseActions.RESPONSE, CaseActions.CORRECT_OUTCOME, CaseActions.ESCALATE,
                    CaseActions.INVESTIGATORS, CaseActions.ADJUDICATE, CaseActions.ESCALATE, CaseActions.PANEL,
                    CaseActions.MEETING, CaseActions.REPORT, CaseActions.CORRECT_REPORT, CaseActions.COUNCIL_RESPONSE,
                    CaseActions.CLOSE),
            List.of(CaseActions.PROCEEDINGS, CaseActions.EXTEND, CaseActions.RESUME, CaseActions.WITHDRAW),
            List.of(CaseActions.OUT_OF_TIME, CaseActions.REFUSE));

    private int compared;

    @AfterAll
    static void close() {
        CTX.close();
    }

    @Test
    void everyActionIsOfferedExactlyWhenItIsAccepted() {
        LocalDate today = ClockFactory.today(CTX.getBean(Clock.class));
        for (List<CaseActions> walk : WALKS) {
            long id = CaseRecordPropertiesTest.complaint(CTX, "email", today.minusDays(60));
            compareAll(id);
            int day = 1;
            for (CaseActions step : walk) {
                // A pause is recorded on the day it is decided (today): it is resumed today.
                LocalDate on = step == CaseActions.RESUME ? today : today.minusDays(60 - 3L * day++);
                long now = id;
                CTX.getBean(ActionGuard.class).run(now, MANAGER, step, () -> perform(now, step, on));
                id = CTX.getBean(CaseworkRepository.class).findById(now).map(CaseHandling::linkedCaseId)
                        .filter(next -> step == CaseActions.ESCALATE).orElse(id);
                compareAll(id);
            }
        }
        assertTrue(compared > 500, "compared " + compared);
    }

    @Test
    void everyRecordActionIsOfferedExactlyWhenItIsAccepted() {
        LocalDate today = ClockFactory.today(CTX.getBean(Clock.class));
        long id = CaseRecordPropertiesTest.complaint(CTX, "email", today.minusDays(30));
        long other = CaseRecordPropertiesTest.complaint(CTX, "email", today.minusDays(30));
        OmbudsmanWork ombudsman = CTX.getBean(OmbudsmanWork.class);
        CaseRecordWork record = CTX.getBean(CaseRecordWork.class);
        List<Runnable> steps = List.of(
                () -> ombudsman.add(id, OFFICER, "LG-" + id, today.minusDays(10)),
                () -> ombudsman.add(other, OFFICER, "LG-" + other, today.minusDays(10)),
                () -> record.addLearning(id, OFFICER, "Train the team.", "Children in care", today.plusDays(30)),
                () -> ombudsman.recommend(id, ombudsmanOf(id), OFFICER, "Apologise.", today.plusDays(20)),
                () -> ombudsman.decide(id, ombudsmanOf(id), OFFICER, today.minusDays(2), "not-for-us", null, null, null),
                () -> record.learningDone(id, learningOf(id), OFFICER, today),
                () -> ombudsman.complied(id, recommendationOf(id), OFFICER, today));
        compareRecord(id, other);
        for (Runnable step : steps) {
            step.run();
            compareRecord(id, other);
        }
        assertTrue(compared > 100, "compared " + compared);
    }

    private void compareAll(long id) {
        SubmittedCase c = CTX.getBean(CaseRepository.class).findById(id).orElseThrow();
        Queue queue = CTX.getBean(TriageService.class).find(id).orElseThrow().queue();
        CaseHandling h = CTX.getBean(CaseworkRepository.class).findById(id).orElseGet(() -> CaseHandling.none(id));
        for (StaffActor viewer : List.of(OFFICER, MANAGER)) {
            List<CaseActions> offered = CTX.getBean(ActionGuard.class).offered(c, queue, h, viewer);
            for (CaseActions action : CaseActions.values()) {
                assertEquals(offered.contains(action), accepted(() -> CTX.getBean(ActionGuard.class).run(id, viewer, action, ACCEPTED)),
                        action + " for " + viewer.name() + " on " + c.status() + " at " + queue);
                compared++;
            }
        }
    }

    /** Each record action about every row of both cases (a row of the other case is not on this one), 0 and none. */
    private void compareRecord(long id, long other) {
        Queue queue = CTX.getBean(TriageService.class).find(id).orElseThrow().queue();
        CaseRecordRepositories.Ombudsman ombudsman = CTX.getBean(CaseRecordRepositories.Ombudsman.class);
        List<Long> rows = new ArrayList<>(List.of(0L, Long.MAX_VALUE));
        for (long c : List.of(id, other)) {
            List<Long> cases = ombudsman.findByCaseIdOrderById(c).stream().map(o -> o.id()).toList();
            rows.addAll(cases);
            CTX.getBean(CaseRecordRepositories.Recommendations.class).findByOmbudsmanCaseIdInOrderById(cases).forEach(r -> rows.add(r.id()));
            CTX.getBean(CaseRecordRepositories.Learning.class).findByCaseIdOrderById(c).forEach(a -> rows.add(a.id()));
        }
        for (RecordAction action : RecordAction.values()) {
            for (long row : rows) {
                boolean offered = CTX.getBean(ActionGuard.class).applies(action, id, queue, row);
                assertEquals(offered, accepted(() -> CTX.getBean(ActionGuard.class).run(id, action, row, ACCEPTED)),
                        action + " row " + row + " of " + ombudsman.findById(row).map(o -> String.valueOf(o.caseId())).orElse("-"));
                compared++;
            }
        }
    }

    private static final Runnable ACCEPTED = () -> {
        throw new Accepted();
    };

    /** Thrown by the step the guard lets through: nothing is done, and the transaction rolls back. */
    private static final class Accepted extends RuntimeException {
    }

    private static boolean accepted(Runnable guarded) {
        try {
            guarded.run();
            return false;
        } catch (Accepted yes) {
            return true;
        } catch (CaseworkRefused no) {
            return false;
        }
    }

    private static void perform(long id, CaseActions action, LocalDate on) {
        if (action == CaseActions.ACKNOWLEDGE) {
            CTX.getBean(Casework.class).acknowledge(id, MANAGER);
        } else {
            Map<String, List<String>> answers = new HashMap<>(CaseRecordPropertiesTest.form(action, on, "email").values());
            answers.put("decision", List.of(action == CaseActions.PROCEEDINGS ? "paused" : "accepted"));
            if (action == CaseActions.REFUSE) {
                answers.put("reason", List.of("outside-remit"));
            }
            PropertyActions.perform(CTX, id, MANAGER, action, new StaffForm(answers));
        }
    }

    private static long ombudsmanOf(long caseId) {
        return CTX.getBean(CaseRecordRepositories.Ombudsman.class).findByCaseIdOrderById(caseId).get(0).id();
    }

    private static long learningOf(long caseId) {
        return CTX.getBean(CaseRecordRepositories.Learning.class).findByCaseIdOrderById(caseId).get(0).id();
    }

    private static long recommendationOf(long caseId) {
        return CTX.getBean(CaseRecordRepositories.Recommendations.class).findByOmbudsmanCaseIdInOrderById(List.of(ombudsmanOf(caseId)))
                .get(0).id();
    }
}
