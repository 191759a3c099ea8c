package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.stage.CaseDecisions;
import uk.council.complaints.casework.stage.Casework;
import uk.council.complaints.casework.stage.Extensions;
import uk.council.complaints.casework.stage.LinkedCases;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;

import java.util.Arrays;

/** The actions that ask questions first: a page each, checked, then done and recorded. */
@Controller("/staff/cases/{reference}")
@Secured(StaffRole.OFFICER_ROLE)
class CaseActionController {
    private final ActionPages pages;
    private final Casework casework;
    private final CaseDecisions decisions;
    private final LinkedCases linked;
    private final Extensions extensions;
    private final ActionRunner runner;
    private final OutcomeCorrections corrections;
    private final CaseDetailsCorrections details;

    CaseActionController(ActionPages pages, Casework casework, CaseDecisions decisions, LinkedCases linked,
                         Extensions extensions, ActionRunner runner, OutcomeCorrections corrections,
                         CaseDetailsCorrections details) {
        this.details = details;
        this.corrections = corrections;
        this.pages = pages;
        this.casework = casework;
        this.decisions = decisions;
        this.linked = linked;
        this.extensions = extensions;
        this.runner = runner;
    }

    @Get("/{slug}")
    HttpResponse<?> form(Authentication auth, String reference, String slug) {
        CaseActions action = Arrays.stream(CaseActions.values()).filter(a -> a.slug().equals(slug) && !a.postOnly())
                .findFirst().orElseThrow(StaffPageException::notFound);
        if (action.managersOnly() && !StaffActor.of(auth).is(StaffRole.MANAGER)) {
            throw new AuthorizationException(auth);
        }
        return HttpResponse.ok(new ModelAndView<>("staff/case-action", pages.blank(reference, action)));
    }

    @Post(value = "/assign", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(StaffRole.MANAGER_ROLE)
    HttpResponse<?> assign(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.ASSIGN, body, (id, by, f) -> decisions.assign(id, by,
                f.get("assignee").equals("none") ? null : Long.valueOf(f.get("assignee"))));
    }

    @Post(value = "/retriage", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(StaffRole.MANAGER_ROLE)
    HttpResponse<?> retriage(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.RETRIAGE, body, (id, by, f) -> decisions.retriage(id, by,
                Queue.valueOf(f.get("queue")), Priority.valueOf(f.get("priority")), f.get("reason")));
    }

    @Post(value = "/extend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> extend(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.EXTEND, body, (id, by, f) -> extensions.extend(id, by, f.get("reason")));
    }

    @Post(value = "/response", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> response(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.RESPONSE, body, (id, by, f) ->
                casework.recordResponse(id, by, pages.dateOr(f, "respondedOn"), f.all("methods"), f.get("finding"), f.all("outcomes"),
                        StageForms.findings(f, pages.issues(id))));
    }

    @Post(value = "/call", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> call(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.RECORD_CALL, body, (id, by, f) -> casework.recordCall(id, by, f.get("outcome")));
    }

    @Post(value = "/refuse", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> refuse(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.REFUSE, body, (id, by, f) ->
                casework.refuse(id, by, f.get("reason"), f.get("details")));
    }

    @Post(value = "/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.WITHDRAW, body, (id, by, f) ->
                casework.withdraw(id, by, pages.dateOr(f, "withdrawnOn")));
    }

    @Post(value = "/note", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> note(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.NOTE, body, (id, by, f) -> decisions.note(id, by, f.get("text")));
    }

    @Post(value = "/escalate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> escalate(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.ESCALATE, body, (id, by, f) ->
                linked.escalate(id, by, f.get("reason"), f.get("wantNow"), pages.dateOr(f, "requestedOn"), f.get("requestVia"),
                        !f.all("acceptLate").isEmpty(), f.get("lateReason")));
    }

    @Post(value = "/correct-outcome", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> correctOutcome(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.CORRECT_OUTCOME, body, (id, by, f) ->
                corrections.correct(id, by, pages.dateOr(f, "respondedOn"), f.get("finding"),
                        StageForms.findings(f, pages.issues(id)), f.get("reason")));
    }

    @Post(value = "/correct-details", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> correctDetails(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.CORRECT_DETAILS, body, (id, by, f) ->
                details.correct(id, by, f.get("service"), f.all("outcomesSought")));
    }

    @Post(value = "/convert", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> convert(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, CaseActions.CONVERT, body, (id, by, f) ->
                linked.convert(id, by, f.get("service"), f.get("whatHappened"), f.all("outcomesSought")));
    }

    private HttpResponse<?> handle(HttpRequest<?> request, Authentication auth, String reference, CaseActions action,
                                   @Nullable String body, ActionRunner.Step step) {
        return runner.handle(request, auth, reference, action, body, step);
    }
}
