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
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.staff.StaffRole;

import java.util.Arrays;

/**
 * Every action that asks questions first (issue 21: one controller for them all): its page at
 * {@code /staff/cases/<reference>/<slug>}, and its post, checked, let through by the guard and done as
 * {@link ActionSteps} declares. A managers' action is forbidden (403) to others, page and post alike.
 */
@Controller("/staff/cases/{reference}")
@Secured(StaffRole.OFFICER_ROLE)
class CaseActionController {
    private final ActionPages pages;
    private final ActionRunner runner;
    private final ActionSteps steps;

    CaseActionController(ActionPages pages, ActionRunner runner, ActionSteps steps) {
        this.pages = pages;
        this.runner = runner;
        this.steps = steps;
    }

    @Get("/{slug}")
    HttpResponse<?> form(Authentication auth, String reference, String slug) {
        CaseActions action = withPage(auth, slug);
        return HttpResponse.ok(new ModelAndView<>("staff/case-action", pages.blank(reference, action)));
    }

    @Post(value = "/{slug}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> post(HttpRequest<?> request, Authentication auth, String reference, String slug, @Nullable @Body String body) {
        CaseActions action = withPage(auth, slug);
        return runner.handle(request, auth, reference, action, body, steps.step(action).orElseThrow(StaffPageException::notFound));
    }

    /** The action of this slug that has a page, for this person; else "not found", or "forbidden" to a non-manager. */
    private CaseActions withPage(Authentication auth, String slug) {
        CaseActions action = Arrays.stream(CaseActions.values()).filter(a -> a.slug().equals(slug) && !a.postOnly())
                .filter(a -> steps.step(a).isPresent()).findFirst().orElseThrow(StaffPageException::notFound);
        if (action.managersOnly() && !StaffActor.of(auth).is(StaffRole.MANAGER)) {
            throw new AuthorizationException(auth);
        }
        return action;
    }
}
