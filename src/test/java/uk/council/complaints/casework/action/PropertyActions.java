package uk.council.complaints.casework.action;

import io.micronaut.context.ApplicationContext;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.stage.Casework;
import uk.council.complaints.casework.stage.Extensions;
import uk.council.complaints.casework.stage.LinkedCases;
import uk.council.complaints.casework.stage.PanelReportCorrection;
import uk.council.complaints.casework.stage.PanelSteps;
import uk.council.complaints.casework.stage.StageTwo;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;

import java.time.LocalDate;
import java.util.List;

/** What each action's controller does with a post that passed its checks, for {@link CaseRecordPropertiesTest}. */
final class PropertyActions {
    private PropertyActions() {
    }

    static void perform(ApplicationContext ctx, long id, StaffActor by, CaseActions action, StaffForm f, LocalDate on) {
        var findings = StageForms.findings(f, ctx.getBean(ActionPages.class).issues(id));
        switch (action) {
            case RESPONSE -> ctx.getBean(Casework.class).recordResponse(id, by, on, f.all("methods"), f.get("finding"),
                    f.all("outcomes"), findings);
            case ESCALATE -> ctx.getBean(LinkedCases.class).escalate(id, by, f.get("reason"), f.get("wantNow"), on,
                    f.get("requestVia"), true, f.get("lateReason"));
            case INVESTIGATORS -> ctx.getBean(StageTwo.class).namePeople(id, by, f.get("investigatingOfficer"),
                    f.get("independentPerson"));
            case ADJUDICATE, COUNCIL_RESPONSE -> ctx.getBean(StageTwo.class).outcome(id, by, action, on, f.get("finding"),
                    findings, List.of("explanation"));
            case CLOSE -> ctx.getBean(Casework.class).close(id, by);
            case PANEL -> ctx.getBean(PanelSteps.class).members(id, by, f.get("chair"), f.get("memberTwo"), f.get("memberThree"));
            case MEETING -> ctx.getBean(PanelSteps.class).meeting(id, by, on);
            case REPORT -> ctx.getBean(PanelSteps.class).report(id, by, on);
            case CORRECT_OUTCOME -> ctx.getBean(OutcomeCorrections.class).correct(id, by, on, f.get("finding"), findings,
                    f.get("reason"));
            case CORRECT_REPORT -> ctx.getBean(PanelReportCorrection.class).correct(id, by, on, f.get("reason"));
            case EXTEND -> ctx.getBean(Extensions.class).extend(id, by, f.get("reason"));
            default -> throw new IllegalArgumentException(action.name());
        }
    }
}
