package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.StepValidator;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The emailed link. Opening it shows a button, and only the button (a POST) spends the link: mail systems that
 * open links to scan them would otherwise use it up before the person does. Spent, expired or unknown: a page
 * that says so and offers to start again. Carrying on hands the answers over to this browser under a new id, and
 * returns to the page the person saved from (issues 20 and 27).
 */
@Controller("/form/resume")
@Produces(Html.PAGE)
class ResumeController {
    private final Journey journey = new Journey(new StepValidator());
    private final SaveForLater saver;
    private final DraftStore drafts;
    private final FormPosts posts;
    private final Messages msg;
    private final Clock clock;

    ResumeController(SaveForLater saver, DraftStore drafts, FormPosts posts, Messages msg, Clock clock) {
        this.saver = saver;
        this.drafts = drafts;
        this.posts = posts;
        this.msg = msg;
        this.clock = clock;
    }

    @Get("/{token}")
    HttpResponse<?> open(String token) {
        Optional<SavedLink> link = saver.find(token);
        if (link.isEmpty() || link.get().isSpent() || link.get().isExpired(clock.instant())) {
            return gone(link);
        }
        return HttpResponse.ok(new ModelAndView<>("intake/resume", Map.of("action", "/form/resume/" + token,
                "until", msg.time(link.get().expiresAt()))));
    }

    @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> carryOn(HttpRequest<?> request, String token, @Nullable @Body String body) {
        posts.accept(request, body);
        Optional<SaveForLater.Resumed> resumed = saver.resume(token);
        if (resumed.isEmpty()) {
            return gone(saver.find(token));
        }
        Draft draft = resumed.get().draft();
        String next = Optional.ofNullable(resumed.get().returnTo())
                .or(() -> journey.firstIncomplete(drafts.answers(draft), ClockFactory.today(clock)).map(s -> "/form/" + s.slug()))
                .orElse("/form/check");
        return Redirect.to(next).cookie(drafts.cookie(draft, request));
    }

    private MutableHttpResponse<?> gone(Optional<SavedLink> link) {
        String why = link.map(l -> l.isSpent() ? "used" : "expired").orElse("unknown");
        return HttpResponse.status(HttpStatus.GONE).body(new ModelAndView<>("intake/resume-gone", Map.of("why", why)));
    }
}
