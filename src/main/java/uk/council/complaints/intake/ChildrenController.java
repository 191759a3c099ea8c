package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.PublicFormException;

import java.time.Clock;

/**
 * "Remove" on the children page (docs/adr/0017-several-children.md): a POST with the CSRF token, never a GET; the
 * only child is never removed. The page itself and "Continue" are the ordinary question page (FormController).
 */
@Controller("/form/children")
@Produces(Html.PAGE)
class ChildrenController {
    private final DraftStore drafts;
    private final FormPosts posts;
    private final Journey journey;
    private final Clock clock;

    ChildrenController(DraftStore drafts, FormPosts posts, Journey journey, Clock clock) {
        this.drafts = drafts;
        this.posts = posts;
        this.journey = journey;
        this.clock = clock;
    }

    @Post(value = "/remove/{number}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, int number, @Nullable @QueryValue String change,
                           @Nullable @Body String body) {
        posts.accept(request, body);
        DraftLookup lookup = drafts.lookup(request);
        if (lookup.isGone()) {
            throw lookup.gonePage();
        }
        Draft draft = lookup.draft().filter(d -> !d.isSubmitted()
                        && journey.isReachable(Step.CHILDREN, drafts.answers(d), ClockFactory.today(clock)))
                .orElseThrow(() -> new PublicFormException(HttpStatus.NOT_FOUND, "not-found"));
        Answers answers = drafts.answers(draft);
        if (Children.canRemove(answers, number)) {
            drafts.save(draft, Children.remove(answers, number));
        }
        return Redirect.to("/form/" + Step.CHILDREN.slug() + (change != null ? "?change=yes" : ""));
    }
}
