package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Role;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.PublicFormException;

import java.util.List;
import java.util.Map;


/** The start page, the call-back shortcut from it, and "Keep my answers". */
@Controller
@Produces(Html.PAGE)
class StartController {
    private final DraftStore drafts;
    private final FormPosts posts;

    StartController(DraftStore drafts, FormPosts posts) {
        this.drafts = drafts;
        this.posts = posts;
    }

    @Get
    @View("intake/start")
    Map<String, Object> start() {
        return Map.of();
    }

    /** "Ask for a call back" on the start page: a fresh draft that already knows what the person wants. */
    @Post(value = "/form/start-call-back", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> startCallBack(HttpRequest<?> request, @Nullable @Body String body) {
        posts.accept(request, body);
        Answers answers = Answers.empty().with(Step.PURPOSE, Map.of("purpose", List.of("callback")));
        Draft draft = drafts.create(answers);
        return Redirect.to("/form/" + Step.WHO.slug()).cookie(drafts.cookie(draft, request));
    }

    /** The young person's start page: their route, with "who are you" already answered. */
    @Post(value = "/form/start-young-person", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> startYoungPerson(HttpRequest<?> request, @Nullable @Body String body) {
        posts.accept(request, body);
        Answers answers = Answers.empty()
                .with(Step.PURPOSE, Map.of("purpose", List.of("complaint")))
                .with(Step.WHO, Map.of("role", List.of(Role.YOUNG_PERSON.code())));
        Draft draft = drafts.create(answers);
        return Redirect.to("/form/" + Step.YP_SAFETY.slug()).cookie(drafts.cookie(draft, request));
    }

    @Post(value = "/form/keep-alive", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> keepAlive(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, List<String>> form = posts.accept(request, body);
        DraftLookup lookup = drafts.lookup(request);
        if (lookup.state() != DraftLookup.State.LIVE) {
            throw lookup.gonePage();
        }
        drafts.keepAlive(lookup.draft().orElseThrow());
        String returnTo = FormBody.first(form, "returnTo");
        // Only back to one of our own form pages: never an open redirect.
        boolean safe = returnTo.matches("^/form/[a-z0-9-]+$");
        boolean script = "fetch".equals(FormBody.first(form, "via"));
        return script ? HttpResponse.status(HttpStatus.NO_CONTENT) : Redirect.to(safe ? returnTo : "/form/check");
    }
}
