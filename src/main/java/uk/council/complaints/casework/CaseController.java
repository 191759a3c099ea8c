package uk.council.complaints.casework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.Messages;

import java.util.Map;

/** The case page, and the actions that need no answers: acknowledge and close. */
@Controller("/staff/cases/{reference}")
@Secured(StaffRole.OFFICER_ROLE)
class CaseController {
    private final CasePage page;
    private final Casework casework;
    private final StaffPosts posts;
    private final Messages msg;
    private final CaseActs acts;

    CaseController(CasePage page, Casework casework, StaffPosts posts, Messages msg, CaseActs acts) {
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
        return act(auth, reference, "acknowledge", () -> casework.acknowledge(page.idOf(reference), StaffActor.of(auth)));
    }

    @Post(value = "/close", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        posts.accept(request, body);
        return act(auth, reference, "close", () -> casework.close(page.idOf(reference), StaffActor.of(auth)));
    }

    private HttpResponse<?> act(Authentication auth, String reference, String done, Runnable action) {
        return acts.act(auth, reference, done, "#actions", action);
    }
}
