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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;
import uk.council.complaints.web.PublicFormException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Save and come back later": the button on every question page saves the page and comes here to ask for an
 * email address; the link is sent and this says where it went and until when.
 */
@Controller("/form")
@Produces(Html.PAGE)
class SaveController {
    static final Field EMAIL = new Field("saveEmail", FieldKind.EMAIL, true, 254, List.of(), "email", "");
    private final DraftStore drafts;
    private final SaveForLater saver;
    private final QuestionPages pages;
    private final FormPosts posts;
    private final Messages msg;

    SaveController(DraftStore drafts, SaveForLater saver, QuestionPages pages, FormPosts posts, Messages msg) {
        this.drafts = drafts;
        this.saver = saver;
        this.pages = pages;
        this.posts = posts;
        this.msg = msg;
    }

    @Get("/save")
    HttpResponse<?> ask(HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String child,
                        @Nullable @QueryValue String check) {
        Draft draft = draft(request);
        Answers answers = drafts.answers(draft);
        String known = answers.has("email") ? answers.get("email") : answers.get("ypEmail");
        Answers typed = new Answers(Map.of(EMAIL.name(), List.of(known)));
        return page(new Origin(from, child), check != null, typed, List.of(), HttpStatus.OK);
    }

    @Post(value = "/save", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String child,
                         @Nullable @QueryValue String check, @Nullable @Body String body) {
        Origin origin = new Origin(from, child);
        Map<String, List<String>> form = posts.accept(request, body);
        Draft draft = draft(request);
        Answers typed = new Answers(Map.of(EMAIL.name(), form.getOrDefault(EMAIL.name(), List.of())));
        Optional<FieldError> error = FieldChecks.check(EMAIL, typed);
        if (error.isPresent()) {
            return page(origin, check != null, typed, List.of(error.get()), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Optional<SaveForLater.Limit> limit = saver.limit(draft, typed.get(EMAIL.name()));
        if (limit.isPresent()) {
            FieldError tooMany = new FieldError(EMAIL.name(), limit.get() == SaveForLater.Limit.ADDRESS
                    ? "tooManyForAddress" : "tooManyForDraft", EMAIL.name());
            return page(origin, check != null, typed, List.of(tooMany), HttpStatus.TOO_MANY_REQUESTS);
        }
        saver.send(draft, typed.get(EMAIL.name()), origin.pageOr(null));
        return Redirect.to("/form/saved");
    }

    private static String query(Origin origin, boolean check) {
        String q = (origin.query().isEmpty() ? "" : "&" + origin.query()) + (check ? "&check=yes" : "");
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }

    /** Where the link went, to the browser that saved (no longer holding the answers); once used: "moved" (ADR 0021). */
    @Get("/saved")
    HttpResponse<?> saved(HttpRequest<?> request) {
        DraftLookup lookup = drafts.lookup(request);
        if (lookup.state() == DraftLookup.State.LIVE) {
            return Redirect.to("/form/save");
        }
        Optional<SavedLink> link = Optional.ofNullable(lookup.linkHash()).flatMap(saver::byHash).filter(l -> !l.isSpent());
        if (link.isEmpty()) {
            throw lookup.gonePage();
        }
        return HttpResponse.ok(new ModelAndView<>("intake/saved", Map.of("sentTo", link.get().sentTo(),
                "until", msg.time(link.get().expiresAt()))));
    }

    private MutableHttpResponse<?> page(Origin origin, boolean check, Answers typed, List<FieldError> errors,
                                        HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("field", pages.view(EMAIL, true, typed, errors.isEmpty() ? null : errors.get(0)));
        model.put("errors", pages.errorLinks(errors));
        model.put("back", origin.pageOr("/form/check"));
        model.put("action", "/form/save" + query(origin, check));
        model.put("check", check);
        model.put("days", drafts.properties().getSavedDays());
        return HttpResponse.status(status).body(new ModelAndView<>("intake/save", model));
    }

    /**
     * The question page the person was on ({@code from}, and {@code child} on a later child's page): only one of ours,
     * never an open redirect; anything else is no page.
     */
    private record Origin(@Nullable String from, @Nullable String child) {
        private Optional<Step> step() {
            return from == null ? Optional.empty() : Step.fromSlug(from);
        }

        private boolean laterChild() {
            return step().filter(s -> s == Step.CHILD).isPresent() && child != null && child.matches("[2-9]|[1-9][0-9]");
        }

        String pageOr(@Nullable String otherwise) {
            return step().map(s -> laterChild() ? ChildrenList.childPage(Integer.parseInt(child), false) : "/form/" + s.slug())
                    .orElse(otherwise);
        }

        /** The query that carries it from page to page, without a leading ? or &amp;; empty when it is no page. */
        String query() {
            return step().map(s -> "from=" + s.slug() + (laterChild() ? "&child=" + child : "")).orElse("");
        }
    }

    private Draft draft(HttpRequest<?> request) {
        DraftLookup lookup = drafts.lookup(request);
        if (lookup.state() != DraftLookup.State.LIVE) {
            throw lookup.gonePage();
        }
        Draft draft = lookup.draft().orElseThrow();
        if (draft.isSubmitted()) {
            throw PublicFormException.expired();
        }
        return draft;
    }
}
