package uk.council.complaints.casework.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.casework.action.ActionGuard;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.stage.Casework;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.util.Map;
import java.util.function.LongConsumer;

/** The case page, and the actions that need no answers: acknowledge and close. */
@Controller("/staff/cases/{reference}")
@Produces(Html.PAGE)
@Secured(StaffRole.OFFICER_ROLE)
class CaseController {
    private final CasePage page;
    private final Casework casework;
    private final StaffPosts posts;
    private final Messages msg;
    private final CaseActs acts;
    private final ActionGuard guard;

    CaseController(CasePage page, Casework casework, StaffPosts posts, Messages msg, CaseActs acts, ActionGuard guard) {
        this.guard = guard;
        this.page = page;
        this.casework = casework;
        this.posts = posts;
        this.msg = msg;
        this.acts = acts;
    }

    @Get
    HttpResponse<?> show(Authentication auth, String reference, @Nullable @QueryValue String done) {
        Map<String, Object> model = page.view(reference, StaffActor.of(auth));
        if (done != null) {
            msg.find("staff.done." + done).ifPresent(text -> model.put("notice", text));
        }
        return HttpResponse.ok(new ModelAndView<>("staff/case", model));
    }

    @Post(value = "/acknowledge", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> acknowledge(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        posts.accept(request, body);
        return act(auth, reference, CaseActions.ACKNOWLEDGE, id -> casework.acknowledge(id, StaffActor.of(auth)));
    }

    @Post(value = "/close", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        posts.accept(request, body);
        return act(auth, reference, CaseActions.CLOSE, id -> casework.close(id, StaffActor.of(auth)));
    }

    /** Through the guard that also decides the case page's buttons. */
    private HttpResponse<?> act(Authentication auth, String reference, CaseActions action, LongConsumer step) {
        long id = page.idOf(reference);
        return acts.act(auth, reference, action.slug(), "#actions",
                () -> guard.run(id, StaffActor.of(auth), action, () -> step.accept(id)));
    }
}
