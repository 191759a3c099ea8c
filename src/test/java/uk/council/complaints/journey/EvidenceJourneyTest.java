package uk.council.complaints.journey;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the optional evidence page sits, and that it is nowhere without a scanner. */
class EvidenceJourneyTest {
    private final Journey withEvidence = new Journey(new StepValidator(), true);
    private final Journey without = new Journey(new StepValidator());

    private static Answers answers(String... pairs) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new Answers(m);
    }

    @Test
    void afterCourtForAParentAfterWhatToChangeForAYoungPersonAndAfterWhatTheyWantNowAtStage2() {
        List<Step> parent = withEvidence.path(answers("purpose", "complaint", "role", "parent", "wantsCallback", "no"));
        // then the question about an advocate for the child (parents and advocates), then their contact details
        assertEquals(Step.CHILD_ADVOCATE, parent.get(parent.indexOf(Step.EVIDENCE) + 1));
        assertEquals(Step.RAISED_BEFORE, parent.get(parent.indexOf(Step.EVIDENCE) - 1));
        List<Step> young = withEvidence.path(answers("purpose", "complaint", "role", "young-person", "ypContactRoute", "me"));
        assertEquals(Step.YP_WANT_TO_CHANGE, young.get(young.indexOf(Step.EVIDENCE) - 1));
        List<Step> stage2 = withEvidence.path(answers("purpose", "stage2", "role", "parent"));
        assertEquals(Step.WANT_NOW, stage2.get(stage2.indexOf(Step.EVIDENCE) - 1));
        assertFalse(withEvidence.path(answers("purpose", "complaint", "role", "parent", "wantsCallback", "yes"))
                .contains(Step.EVIDENCE), "a call back has no evidence page");
    }

    @Test
    void optionalSoNeverTheFirstIncompletePageAndAbsentWithoutAScanner() {
        Answers parent = answers("purpose", "complaint", "role", "parent", "wantsCallback", "no");
        assertTrue(new StepValidator().validate(Step.EVIDENCE, parent, java.time.LocalDate.now()).isEmpty());
        assertFalse(without.path(parent).contains(Step.EVIDENCE));
        assertFalse(without.path(answers("purpose", "complaint", "role", "young-person", "ypContactRoute", "me"))
                .contains(Step.EVIDENCE));
    }
}
