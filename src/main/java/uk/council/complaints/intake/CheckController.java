package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.evidence.EvidenceFiles;
import uk.council.complaints.evidence.EvidenceItem;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.council.complaints.web.Html;


/** Check your answers, then submit them once. */
@Controller("/form")
@Produces(Html.PAGE)
class CheckController {
    private final Journey journey;
    private final DraftStore drafts;
    private final CheckAnswers check;
    private final FormPosts posts;
    private final SubmissionService submissions;
    private final Clock clock;
    private final EvidenceFiles evidence;

    CheckController(DraftStore drafts, CheckAnswers check, FormPosts posts, SubmissionService submissions, Clock clock,
                    Journey journey, EvidenceFiles evidence) {
        this.journey = journey;
        this.evidence = evidence;
        this.drafts = drafts;
        this.check = check;
        this.posts = posts;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Get("/check")
    HttpResponse<?> show(HttpRequest<?> request) {
        Draft draft = liveDraft(request).orElse(null);
        if (draft == null) {
            return Redirect.to("/form/" + Step.PURPOSE.slug());
        }
        if (draft.isSubmitted()) {
            return Redirect.to("/form/confirmation");
        }
        Answers answers = drafts.answers(draft);
        var incomplete = journey.firstIncomplete(answers, ClockFactory.today(clock));
        if (incomplete.isPresent()) {
            return Redirect.to("/form/" + incomplete.get().slug());
        }
        List<Step> path = journey.path(answers);
        return HttpResponse.ok(new ModelAndView<>("intake/check", Map.of(
                "rows", check.rows(path, answers, path.contains(Step.EVIDENCE)
                        ? evidence.forDraft(draft.id()).stream().map(EvidenceItem::fileName).toList() : List.of()),
                "back", "/form/" + path.get(path.size() - 1).slug())));
    }

    /**
     * On the blocking pool, not the event loop: a submission is a dozen statements and a commit, and waits
     * for the draft's row lock on a double submit. On an event-loop thread each one held up every other
     * request on that thread (docs/benchmarks.md: 49 submits a second on PostgreSQL, p50 549 ms).
     */
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Post(value = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(HttpRequest<?> request, @Nullable @Body String body) {
        posts.accept(request, body);
        // Not read here: the submission reads it once, locked, and answers "expired" for a draft gone or timed out.
        String draftId = drafts.draftId(request).orElse(null);
        if (draftId == null) {
            return Redirect.to("/form/" + Step.PURPOSE.slug());
        }
        boolean submitted = submissions.submit(draftId).isPresent();
        return Redirect.to(submitted ? "/form/confirmation" : "/form/check");
    }

    /** The person's draft; empty when they have none, and the "expired" page when it timed out. */
    private java.util.Optional<Draft> liveDraft(HttpRequest<?> request) {
        DraftLookup lookup = drafts.lookup(request);
        if (lookup.isGone()) {
            throw lookup.gonePage();
        }
        return lookup.draft();
    }
}
