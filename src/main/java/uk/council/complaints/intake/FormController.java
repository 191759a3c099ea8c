package uk.council.complaints.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Step;
import uk.council.complaints.journey.StepValidator;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.PublicFormException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The question pages: show one, take its answers, and send the person to the next. */
@Controller("/form")
@Produces(Html.PAGE)
class FormController {
    private final StepValidator validator;
    private final Journey journey;
    private final DraftStore drafts;
    private final QuestionView view;
    private final FormPosts posts;
    private final Clock clock;

    FormController(Journey journey, DraftStore drafts, QuestionView view, FormPosts posts, Clock clock) {
        this.journey = journey;
        this.validator = journey.validator();
        this.drafts = drafts;
        this.view = view;
        this.posts = posts;
        this.clock = clock;
    }

    @Get("/{slug}")
    HttpResponse<?> show(HttpRequest<?> request, String slug, @Nullable @QueryValue String change,
                         @Nullable @QueryValue String child, @Nullable @QueryValue(QuestionView.UPLOADED) String uploaded) {
        Optional<MutableHttpResponse<?>> moved = moved(slug, change);
        if (moved.isPresent()) {
            return moved.get();
        }
        Visit visit = visit(request, slug);
        int number = childNumber(visit.step(), child);
        return detour(visit).or(() -> childDetour(visit, number)).orElseGet(() -> view.uploaded(view.render(visit.step(),
                visit.answers(), List.of(), change != null, visit.draft(), HttpStatus.OK, number), uploaded));
    }

    @Post(value = "/{slug}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(HttpRequest<?> request, String slug, @Nullable @QueryValue String change,
                           @Nullable @QueryValue String child, @Nullable @Body String body) {
        Optional<MutableHttpResponse<?>> moved = moved(slug, change);
        if (moved.isPresent()) {
            // A page open while the service was updated: its answers are asked again on the page that now asks them.
            return moved.get();
        }
        Map<String, List<String>> form = posts.accept(request, body);
        Visit visit = visit(request, slug);
        Optional<MutableHttpResponse<?>> detour = detour(visit);
        if (detour.isPresent()) {
            return detour.get();
        }
        Step step = visit.step();
        int number = childNumber(step, child);
        if (number > journey.maxChildren()) {
            // A post for a child beyond the limit: refused, nothing kept.
            return view.render(Step.CHILDREN, visit.answers(), List.of(new FieldError(Children.ADD_ANOTHER, "tooMany",
                    Children.ADD_ANOTHER, journey.maxChildren())), change != null, visit.draft(),
                    HttpStatus.UNPROCESSABLE_ENTITY, 1);
        }
        if (!Children.canOpen(visit.answers(), number, journey.maxChildren())) {
            return Redirect.to("/form/" + Step.CHILDREN.slug());
        }
        Answers after = number > 1 ? Children.put(visit.answers(), number, form) : visit.answers().with(step, form);
        List<FieldError> errors = validator.validate(step, number > 1 ? Children.child(after, number) : after, today());
        if (!FormBody.first(form, FormPosts.SAVE_BUTTON).isEmpty()) {
            // Save and come back later: the page is kept as typed, even an answer that is not valid yet (they come
            // back to this page, and Continue checks it then); only the email address is asked for next.
            Draft saved = visit.draft().map(d -> drafts.save(d, after)).orElseGet(() -> drafts.create(after));
            return Redirect.to("/form/save?from=" + step.slug() + (number > 1 ? "&child=" + number : "")
                    + (errors.isEmpty() ? "" : "&check=yes"))
                    .cookie(drafts.cookie(saved, request));
        }
        if (!errors.isEmpty()) {
            // Shown as typed, even a follow-up whose option is not chosen (it is not kept once the page is answered);
            // a later child's answers are kept under that child's names (the child page has no follow-ups).
            return view.render(step, number > 1 ? after : visit.answers().asTyped(step, form), errors, change != null,
                    visit.draft(), HttpStatus.BAD_REQUEST, number);
        }
        OptionalInt another = step == Step.CHILDREN ? Children.nextChild(after, journey.maxChildren())
                : OptionalInt.empty();
        // "Add another child?" yes: the child page for the next one; the yes itself is not kept.
        Answers kept = another.isPresent() ? Children.askAgain(after) : after;
        Draft saved = visit.draft().map(d -> drafts.save(d, kept)).orElseGet(() -> drafts.create(kept));
        return Redirect.to(nextPage(step, number, another, change != null, after)).cookie(drafts.cookie(saved, request));
    }

    /** Where an answered page leads. */
    private String nextPage(Step step, int child, OptionalInt another, boolean change, Answers after) {
        if (another.isPresent()) {
            return ChildrenList.childPage(another.getAsInt(), change); // "add another child?" yes
        }
        if (change) {
            // From check your answers: back there, unless the change opened a page not answered yet.
            return firstIncompleteOrCheck(after);
        }
        if (child > 1) {
            return "/form/" + Step.CHILDREN.slug(); // a later child's page returns to the list of children
        }
        return journey.next(step, after).map(s -> "/form/" + s.slug()).orElse("/form/check");
    }

    /** Which child the child page is about: 1 unless {@code ?child=} names a later one; 0 when it names none. */
    private static int childNumber(Step step, String child) {
        if (step != Step.CHILD || child == null) {
            return 1;
        }
        return child.matches("[0-9]{1,2}") ? Integer.parseInt(child) : 0;
    }

    /** A later child's page opens only for a child already named or the next one below the limit. */
    private Optional<MutableHttpResponse<?>> childDetour(Visit visit, int number) {
        return Children.canOpen(visit.answers(), number, journey.maxChildren()) || number == 1 ? Optional.empty()
                : Optional.of(Redirect.to("/form/" + Step.CHILDREN.slug()));
    }

    /** An old address (a bookmark, a page split in two) sent to the page that now asks its first question. */
    private static Optional<MutableHttpResponse<?>> moved(String slug, String change) {
        return Step.movedFrom(slug).map(s -> Redirect.to("/form/" + s.slug() + (change != null ? "?change=yes" : "")));
    }

    /** A page, and the person's draft and answers so far; an expired draft is only for starting again. */
    private record Visit(Step step, Optional<Draft> draft, Answers answers) {
    }

    private Visit visit(HttpRequest<?> request, String slug) {
        Step step = Step.fromSlug(slug).orElseThrow(() -> new PublicFormException(HttpStatus.NOT_FOUND, "not-found"));
        DraftLookup lookup = drafts.lookup(request);
        if (lookup.isGone() && step != Step.PURPOSE) {
            throw lookup.gonePage();
        }
        return new Visit(step, lookup.draft(), lookup.draft().map(drafts::answers).orElse(Answers.empty()));
    }

    /** Where to send the person instead: their confirmation once sent, or the first page they have not answered. */
    private Optional<MutableHttpResponse<?>> detour(Visit visit) {
        if (visit.draft().map(Draft::isSubmitted).orElse(false)) {
            return Optional.of(Redirect.to("/form/confirmation"));
        }
        if (!journey.isReachable(visit.step(), visit.answers(), today())) {
            return Optional.of(Redirect.to(firstIncompleteOrCheck(visit.answers())));
        }
        return Optional.empty();
    }

    private String firstIncompleteOrCheck(Answers answers) {
        return journey.firstIncomplete(answers, today()).map(s -> "/form/" + s.slug()).orElse("/form/check");
    }

    private java.time.LocalDate today() {
        return ClockFactory.today(clock);
    }
}
