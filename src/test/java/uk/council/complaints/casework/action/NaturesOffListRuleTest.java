package uk.council.complaints.casework.action;

import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.triage.Queue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 21: while an issue's nature is not on the case's list, every action that records findings on the issues waits
 * for it, on each queue it applies on (the council's response too, whose HTTP walk through a Stage 3 panel moved
 * between procedures twice is left to this test); no other action's answer changes.
 */
class NaturesOffListRuleTest {
    private static final LocalDate DAY = LocalDate.of(2027, 6, 1);
    private static final StageRecords.Panel REPORTED = new StageRecords.Panel(1, "Chair", "Two", "Three", DAY, DAY, DAY, DAY, DAY, null);
    private static final StageRecords.Investigation NAMED = new StageRecords.Investigation(1, "Officer", "Independent", null, null, null);

    @Test
    void theOutcomesThatGiveIssueFindingsWaitForTheNaturesAndNothingElseDoes() {
        assertWaits(CaseActions.RESPONSE, Queue.CORPORATE, CaseHandling.none(1), "corporate");
        assertWaits(CaseActions.RESPONSE, Queue.STAGE1, CaseHandling.none(1), "statutory");
        assertWaits(CaseActions.RESPONSE, Queue.CORPORATE_STAGE2, CaseHandling.none(1), "corporate");
        assertWaits(CaseActions.ADJUDICATE, Queue.STAGE2, CaseHandling.none(1), "statutory");
        assertWaits(CaseActions.COUNCIL_RESPONSE, Queue.STAGE3, CaseHandling.none(1), "statutory");
        assertWaits(CaseActions.CORRECT_OUTCOME, Queue.CORPORATE, CaseHandling.none(1).responded(DAY, "upheld"), "corporate");

        for (Queue queue : List.of(Queue.STAGE1, Queue.CORPORATE, Queue.STAGE2, Queue.STAGE3)) {
            CaseHandling responded = CaseHandling.none(1).responded(DAY, "upheld");
            List<CaseActions> other = Arrays.stream(CaseActions.values()).filter(a -> a != CaseActions.RESPONSE
                    && a != CaseActions.ADJUDICATE && a != CaseActions.COUNCIL_RESPONSE && a != CaseActions.CORRECT_OUTCOME).toList();
            for (CaseActions action : other) {
                for (CaseHandling h : List.of(CaseHandling.none(1), responded)) {
                    assertEquals(ActionRules.refusal(action, facts(queue, h, false)), ActionRules.refusal(action, facts(queue, h, true)),
                            action + " on " + queue);
                }
            }
        }
    }

    private static void assertWaits(CaseActions action, Queue queue, CaseHandling h, String list) {
        assertEquals(Optional.empty(), ActionRules.refusal(action, facts(queue, h, false)), action + " applies with the natures on the list");
        assertEquals(Optional.of("staff.refused.naturesOffList." + list), ActionRules.refusal(action, facts(queue, h, true)),
                action + " on " + queue);
    }

    private static CaseFacts facts(Queue queue, CaseHandling h, boolean naturesOffList) {
        return new CaseFacts(CaseStatus.ACKNOWLEDGED, queue, h, NAMED, REPORTED, false, true, false, naturesOffList);
    }
}
