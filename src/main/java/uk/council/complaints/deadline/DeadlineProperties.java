package uk.council.complaints.deadline;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Working days allowed for each {@link DeadlineKind}, under {@code portal.deadlines}, so a council
 * can follow its own procedure without a code change. The defaults here match application.yml.
 */
@ConfigurationProperties("portal.deadlines")
public class DeadlineProperties {

    private int acknowledge = 3;
    private int stage1 = 10;
    private int stage1Extended = 20;
    private int callback = 2;
    private int corporateStage1 = 10;
    private int corporateServiceReply = 10;
    private int stage2 = 25;
    private int stage2Max = 65;
    private int escalationRequest = 20;
    private int stage3Panel = 30;
    // Issue 10, the statutory lifecycle (DESIGN section 7)
    private int stage3Report = 5;
    private int stage3CouncilResponse = 15;
    private int corporateAcknowledge = 5;
    private int corporateExtension = 10;
    private int corporateStage2Acknowledge = 5;
    private int corporateStage2 = 20;
    @Nullable
    private String bankHolidaysFile;

    public int workingDaysFor(DeadlineKind kind) {
        return switch (kind) {
            case ACKNOWLEDGE -> acknowledge;
            case STAGE1 -> stage1;
            case STAGE1_EXTENDED -> stage1Extended;
            case CALLBACK -> callback;
            case CORPORATE -> corporateStage1;
            case CORPORATE_SERVICE_REPLY -> corporateServiceReply;
            case STAGE2 -> stage2;
            case STAGE2_MAX -> stage2Max;
            case ESCALATION_REQUEST -> escalationRequest;
            case STAGE3_PANEL -> stage3Panel;
            case STAGE3_REPORT -> stage3Report;
            case STAGE3_COUNCIL_RESPONSE -> stage3CouncilResponse;
            case CORPORATE_ACKNOWLEDGE -> corporateAcknowledge;
            case CORPORATE_EXTENSION -> corporateExtension;
            case CORPORATE_STAGE2_ACKNOWLEDGE -> corporateStage2Acknowledge;
            case CORPORATE_STAGE2 -> corporateStage2;
        };
    }

    public int getAcknowledge() { return acknowledge; }
    public void setAcknowledge(int acknowledge) { this.acknowledge = acknowledge; }
    public int getStage1() { return stage1; }
    public void setStage1(int stage1) { this.stage1 = stage1; }
    public int getStage1Extended() { return stage1Extended; }
    public void setStage1Extended(int stage1Extended) { this.stage1Extended = stage1Extended; }
    public int getCallback() { return callback; }
    public void setCallback(int callback) { this.callback = callback; }
    public int getCorporateStage1() { return corporateStage1; }
    public void setCorporateStage1(int days) { this.corporateStage1 = days; }
    public int getCorporateServiceReply() { return corporateServiceReply; }
    public void setCorporateServiceReply(int days) { this.corporateServiceReply = days; }
    public int getStage2() { return stage2; }
    public void setStage2(int stage2) { this.stage2 = stage2; }
    public int getStage2Max() { return stage2Max; }
    public void setStage2Max(int stage2Max) { this.stage2Max = stage2Max; }
    public int getEscalationRequest() { return escalationRequest; }
    public void setEscalationRequest(int escalationRequest) { this.escalationRequest = escalationRequest; }
    public int getStage3Panel() { return stage3Panel; }
    public void setStage3Panel(int stage3Panel) { this.stage3Panel = stage3Panel; }
    public int getStage3Report() { return stage3Report; }
    public void setStage3Report(int days) { this.stage3Report = days; }
    public int getStage3CouncilResponse() { return stage3CouncilResponse; }
    public void setStage3CouncilResponse(int days) { this.stage3CouncilResponse = days; }
    public int getCorporateAcknowledge() { return corporateAcknowledge; }
    public void setCorporateAcknowledge(int days) { this.corporateAcknowledge = days; }
    public int getCorporateExtension() { return corporateExtension; }
    public void setCorporateExtension(int days) { this.corporateExtension = days; }
    public int getCorporateStage2Acknowledge() { return corporateStage2Acknowledge; }
    public void setCorporateStage2Acknowledge(int days) { this.corporateStage2Acknowledge = days; }
    public int getCorporateStage2() { return corporateStage2; }
    public void setCorporateStage2(int days) { this.corporateStage2 = days; }

    /** A bank holidays file on disk to use instead of the one built in; unset or blank means built in. */
    @Nullable
    public String getBankHolidaysFile() { return bankHolidaysFile; }
    public void setBankHolidaysFile(@Nullable String bankHolidaysFile) { this.bankHolidaysFile = bankHolidaysFile; }
}
