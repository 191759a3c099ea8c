package uk.council.complaints.casework.stage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.council.complaints.deadline.BankHolidays;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;
import uk.council.complaints.triage.DueDates;
import uk.council.complaints.triage.Queue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every deadline rule of DESIGN section 7 is read from configuration: each property changed (one more working day)
 * changes the date the rule computes. The rules are the ones the actions use: the queue's acknowledgement and
 * response dates at triage, the request window, the extensions and the panel's steps.
 */
class EveryStageDeadlineIsConfigurationTest {
    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 11);
    private static final WorkingDays DAYS = new WorkingDays(BankHolidays.fromClasspath());

    /** What each rule computes, given the configuration. */
    enum Rule {
        STAGE1_RESPONSE(d -> dates(d).responseDue(Queue.STAGE1, RECEIVED), DeadlineProperties::setStage1),
        STAGE1_EXTENDED(d -> dates(d).after(RECEIVED, DeadlineKind.STAGE1_EXTENDED), DeadlineProperties::setStage1Extended),
        STAGE2_RESPONSE(d -> dates(d).responseDue(Queue.STAGE2, RECEIVED), DeadlineProperties::setStage2),
        STAGE2_MAX(d -> dates(d).after(RECEIVED, DeadlineKind.STAGE2_MAX), DeadlineProperties::setStage2Max),
        REQUEST_WINDOW(d -> new StageRules(DAYS, new uk.council.complaints.deadline.RequestWindow(DAYS, d)).windowEnds(RECEIVED), DeadlineProperties::setEscalationRequest),
        STAGE3_MEETING(d -> dates(d).responseDue(Queue.STAGE3, RECEIVED), DeadlineProperties::setStage3Panel),
        STAGE3_REPORT(d -> dates(d).after(RECEIVED, DeadlineKind.STAGE3_REPORT), DeadlineProperties::setStage3Report),
        STAGE3_COUNCIL(d -> dates(d).after(RECEIVED, DeadlineKind.STAGE3_COUNCIL_RESPONSE), DeadlineProperties::setStage3CouncilResponse),
        CORPORATE_ACK(d -> dates(d).acknowledgeBy(Queue.CORPORATE, RECEIVED), DeadlineProperties::setCorporateAcknowledge),
        CORPORATE_ACK_MOVES_ANSWER(d -> dates(d).responseDue(Queue.CORPORATE, RECEIVED), DeadlineProperties::setCorporateAcknowledge),
        CORPORATE_ANSWER(d -> dates(d).responseDue(Queue.CORPORATE, RECEIVED), DeadlineProperties::setCorporateStage1),
        CORPORATE_EXTENSION(d -> dates(d).after(RECEIVED, DeadlineKind.CORPORATE_EXTENSION), DeadlineProperties::setCorporateExtension),
        CORPORATE2_ACK(d -> dates(d).acknowledgeBy(Queue.CORPORATE_STAGE2, RECEIVED), DeadlineProperties::setCorporateStage2Acknowledge),
        CORPORATE2_ANSWER(d -> dates(d).responseDue(Queue.CORPORATE_STAGE2, RECEIVED), DeadlineProperties::setCorporateStage2);

        final Function<DeadlineProperties, LocalDate> computes;
        final BiConsumer<DeadlineProperties, Integer> setting;

        Rule(Function<DeadlineProperties, LocalDate> computes, BiConsumer<DeadlineProperties, Integer> setting) {
            this.computes = computes;
            this.setting = setting;
        }
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void changingItsSettingChangesTheDate(Rule rule) {
        DeadlineProperties defaults = new DeadlineProperties();
        LocalDate before = rule.computes.apply(defaults);
        DeadlineProperties changed = new DeadlineProperties();
        int current = Arrays.stream(DeadlineKind.values()).mapToInt(defaults::workingDaysFor).max().orElse(0);
        rule.setting.accept(changed, current + 1);
        assertNotEquals(before, rule.computes.apply(changed), rule.name());
    }

    private static DueDates dates(DeadlineProperties d) {
        return new DueDates(DAYS, d);
    }
}
