package uk.council.complaints.feedback;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import uk.council.complaints.intake.FormPosts;
import uk.council.complaints.intake.QuestionPages;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.web.ClockFactory;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.council.complaints.web.Html;

/**
 * "What did you think of this service?": two questions, no personal data asked, stored with the month and the
 * kind of journey only. Posts pass the public checks (CSRF, honeypot) and the public rate limit.
 */
@Controller("/feedback")
@Produces(Html.PAGE)
class FeedbackController {
    static final Field EASE_FIELD = new Field("feedbackEase", FieldKind.RADIOS, true, 0, ServiceFeedback.EASE, "", "");
    static final Field BETTER_FIELD = new Field("feedbackBetter", FieldKind.TEXTAREA, false, 1200, List.of(), "", "");
    private final ServiceFeedbackRepository repository;
    private final QuestionPages pages;
    private final FormPosts posts;
    private final Clock clock;

    FeedbackController(ServiceFeedbackRepository repository, QuestionPages pages, FormPosts posts, Clock clock) {
        this.repository = repository;
        this.pages = pages;
        this.posts = posts;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> form(@Nullable @QueryValue String kind) {
        return page(journey(kind), Answers.empty(), List.of(), HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, List<String>> form = posts.accept(request, body);
        Answers typed = new Answers(Map.of(EASE_FIELD.name(), form.getOrDefault(EASE_FIELD.name(), List.of()),
                BETTER_FIELD.name(), form.getOrDefault(BETTER_FIELD.name(), List.of())));
        String journey = journey(form.getOrDefault("kind", List.of("")).get(0));
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.check(EASE_FIELD, typed).ifPresent(errors::add);
        FieldChecks.check(BETTER_FIELD, typed).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            return page(journey, typed, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        String better = typed.get(BETTER_FIELD.name());
        repository.save(new ServiceFeedback(null, ClockFactory.today(clock).withDayOfMonth(1), journey,
                typed.get(EASE_FIELD.name()), better.isEmpty() ? null : better));
        return HttpResponse.seeOther(URI.create("/feedback/thanks"));
    }

    @Get("/thanks")
    @View("feedback/thanks")
    Map<String, Object> thanks() {
        return Map.of();
    }

    private HttpResponse<?> page(String journey, Answers typed, List<FieldError> errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("fields", List.of(view(EASE_FIELD, typed, errors), view(BETTER_FIELD, typed, errors)));
        model.put("errors", pages.errorLinks(errors));
        model.put("kind", journey);
        return HttpResponse.status(status).body(new ModelAndView<>("feedback/form", model));
    }

    private Object view(Field f, Answers typed, List<FieldError> errors) {
        return pages.view(f, false, typed, errors.stream().filter(e -> e.field().equals(f.name())).findFirst().orElse(null));
    }

    /** The kind of journey the link came from (the confirmation page says), or "none": never anything else. */
    static String journey(String kind) {
        return Arrays.stream(SubmissionKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT))
                .filter(k -> k.equals(kind)).findFirst().orElse("none");
    }
}
