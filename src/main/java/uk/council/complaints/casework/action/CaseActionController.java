package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.Html;

/**
 * Every action that asks questions first, of the case and of its record alike (issue 21: one controller, one page
 * template): its page at {@code /staff/cases/<reference>/<slug>} for an action of the case, or at the record action's
 * path ({@code ombudsman/…}, {@code learning/…}, {@link RecordAction}); its post checked, let through by the guard and
 * done as {@link ActionSteps} or {@link RecordSteps} declares. A managers' action is forbidden (403) to others.
 */
@Controller("/staff/cases/{reference}")
@Produces(Html.PAGE)
@Secured(StaffRole.OFFICER_ROLE)
class CaseActionController {
    private static final String CASE_ACTION = "/{slug}";
    /** The record's paths: below its two areas, as {@link RecordAction}'s path table reads them. */
    private static final String RECORD_ACTION = "/{area:ombudsman|learning}/{+rest}";
    private final ActionPaths paths;
    private final ActionRunner runner;

    CaseActionController(ActionPaths paths, ActionRunner runner) {
        this.paths = paths;
        this.runner = runner;
    }

    @Get(uris = {CASE_ACTION, RECORD_ACTION})
    HttpResponse<?> form(Authentication auth, String reference, @PathVariable @Nullable String slug,
                         @PathVariable @Nullable String area, @PathVariable @Nullable String rest) {
        return runner.blank(reference, paths.page(auth, below(slug, area, rest)));
    }

    @Post(uris = {CASE_ACTION, RECORD_ACTION}, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> post(HttpRequest<?> request, Authentication auth, String reference, @PathVariable @Nullable String slug,
                         @PathVariable @Nullable String area, @PathVariable @Nullable String rest, @Nullable @Body String body) {
        return runner.handle(request, auth, reference, paths.page(auth, below(slug, area, rest)), body);
    }

    /** The path below the case that names the action. */
    private static String below(@Nullable String slug, @Nullable String area, @Nullable String rest) {
        return slug != null ? slug : area + "/" + rest;
    }
}
