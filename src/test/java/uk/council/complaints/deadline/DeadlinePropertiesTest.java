package uk.council.complaints.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DeadlinePropertiesTest {

    @ParameterizedTest(name = "{0} defaults to {1} working days")
    @CsvSource({
            "ACKNOWLEDGE, 3",
            "STAGE1, 10",
            "STAGE1_EXTENDED, 20",
            "CALLBACK, 2",
            "CORPORATE, 10",
            "CORPORATE_SERVICE_REPLY, 10",
            "STAGE2, 25",
            "STAGE2_MAX, 65",
            "ESCALATION_REQUEST, 20",
            "STAGE3_PANEL, 30",
            "STAGE3_REPORT, 5",
            "STAGE3_COUNCIL_RESPONSE, 15",
            "CORPORATE_ACKNOWLEDGE, 5",
            "CORPORATE_EXTENSION, 10",
            "CORPORATE_STAGE2_ACKNOWLEDGE, 5",
            "CORPORATE_STAGE2, 20",
    })
    void defaults(DeadlineKind kind, int workingDays) {
        assertEquals(workingDays, new DeadlineProperties().workingDaysFor(kind));
    }

    @ParameterizedTest
    @EnumSource(DeadlineKind.class)
    void everyKindReadsItsOwnSetting(DeadlineKind kind) {
        DeadlineProperties properties = new DeadlineProperties();
        setAll(properties, 0);
        int marker = 100 + kind.ordinal();
        set(properties, kind, marker);

        assertEquals(marker, properties.workingDaysFor(kind));
    }

    private static void setAll(DeadlineProperties properties, int days) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            set(properties, kind, days);
        }
    }

    private static void set(DeadlineProperties properties, DeadlineKind kind, int days) {
        switch (kind) {
            case ACKNOWLEDGE -> properties.setAcknowledge(days);
            case STAGE1 -> properties.setStage1(days);
            case STAGE1_EXTENDED -> properties.setStage1Extended(days);
            case CALLBACK -> properties.setCallback(days);
            case CORPORATE -> properties.setCorporateStage1(days);
            case CORPORATE_SERVICE_REPLY -> properties.setCorporateServiceReply(days);
            case STAGE2 -> properties.setStage2(days);
            case STAGE2_MAX -> properties.setStage2Max(days);
            case ESCALATION_REQUEST -> properties.setEscalationRequest(days);
            case STAGE3_PANEL -> properties.setStage3Panel(days);
            case STAGE3_REPORT -> properties.setStage3Report(days);
            case STAGE3_COUNCIL_RESPONSE -> properties.setStage3CouncilResponse(days);
            case CORPORATE_ACKNOWLEDGE -> properties.setCorporateAcknowledge(days);
            case CORPORATE_EXTENSION -> properties.setCorporateExtension(days);
            case CORPORATE_STAGE2_ACKNOWLEDGE -> properties.setCorporateStage2Acknowledge(days);
            case CORPORATE_STAGE2 -> properties.setCorporateStage2(days);
        }
    }
}
