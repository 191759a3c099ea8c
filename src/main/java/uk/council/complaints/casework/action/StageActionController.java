package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.stage.PanelReportCorrection;
import uk.council.complaints.casework.stage.PanelSteps;
import uk.council.complaints.casework.stage.Rulings;
import uk.council.complaints.casework.stage.StageTwo;
import uk.council.complaints.staff.StaffRole;

/** The statutory lifecycle's actions (issue 10): Stage 2's people and adjudication, the Stage 3 panel, decisions. */
@Controller("/staff/cases/{reference}")
@Secured(StaffRole.OFFICER_ROLE)
class StageActionController {
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;
    private final ActionRunner runner;
    private final ActionPages pages;
    private final StageTwo stageTwo;
    private final PanelSteps panel;
    private final Rulings rulings;
    private final PanelReportCorrection reportCorrection;

    StageActionController(ActionRunner runner, ActionPages pages, StageTwo stageTwo, PanelSteps panel, Rulings rulings,
                          PanelReportCorrection reportCorrection) {
        this.reportCorrection = reportCorrection;
        this.runner = runner;
        this.pages = pages;
        this.stageTwo = stageTwo;
        this.panel = panel;
        this.rulings = rulings;
    }

    @Post(value = "/investigators", consumes = FORM)
    HttpResponse<?> investigators(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return runner.handle(request, auth, reference, CaseActions.INVESTIGATORS, body, (id, by, f) ->
                stageTwo.namePeople(id, by, f.get("investigatingOfficer"), f.get("independentPerson")));
    }

    @Post(value = "/adjudicate", consumes = FORM)
    HttpResponse<?> adjudicate(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return outcome(request, auth, reference, CaseActions.ADJUDICATE, body);
    }

    @Post(value = "/council-response", consumes = FORM)
    HttpResponse<?> councilResponse(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return outcome(request, auth, reference, CaseActions.COUNCIL_RESPONSE, body);
    }

    @Post(value = "/panel", consumes = FORM)
    HttpResponse<?> members(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return runner.handle(request, auth, reference, CaseActions.PANEL, body, (id, by, f) ->
                panel.members(id, by, f.get("chair"), f.get("memberTwo"), f.get("memberThree")));
    }

    @Post(value = "/meeting", consumes = FORM)
    HttpResponse<?> meeting(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return runner.handle(request, auth, reference, CaseActions.MEETING, body, (id, by, f) ->
                panel.meeting(id, by, pages.dateOr(f, "meetingOn")));
    }

    @Post(value = "/report", consumes = FORM)
    HttpResponse<?> report(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return runner.handle(request, auth, reference, CaseActions.REPORT, body, (id, by, f) ->
                panel.report(id, by, pages.dateOr(f, "reportOn")));
    }

    @Post(value = "/correct-report", consumes = FORM)
    HttpResponse<?> correctReport(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return runner.handle(request, auth, reference, CaseActions.CORRECT_REPORT, body, (id, by, f) ->
                reportCorrection.correct(id, by, pages.dateOr(f, "reportOn"), f.get("reason")));
    }

    @Post(value = "/out-of-time", consumes = FORM)
    HttpResponse<?> outOfTime(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return runner.handle(request, auth, reference, CaseActions.OUT_OF_TIME, body, (id, by, f) ->
                rulings.outOfTime(id, by, f.get("decision"), f.get("reason")));
    }

    @Post(value = "/proceedings", consumes = FORM)
    HttpResponse<?> proceedings(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return runner.handle(request, auth, reference, CaseActions.PROCEEDINGS, body, (id, by, f) ->
                rulings.proceedings(id, by, f.get("decision"), f.get("reason")));
    }

    @Post(value = "/resume", consumes = FORM)
    HttpResponse<?> resume(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return runner.handle(request, auth, reference, CaseActions.RESUME, body, (id, by, f) ->
                rulings.resume(id, by, pages.dateOr(f, "resumedOn")));
    }

    private HttpResponse<?> outcome(HttpRequest<?> request, Authentication auth, String reference, CaseActions action,
                                    @Nullable String body) {
        return runner.handle(request, auth, reference, action, body, (id, by, f) ->
                stageTwo.outcome(id, by, action, pages.dateOr(f, "respondedOn"), f.get("finding"),
                        StageForms.findings(f, pages.issues(id)), f.all("outcomes")));
    }
}
