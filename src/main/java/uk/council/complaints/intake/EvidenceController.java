package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.council.complaints.evidence.EvidenceFiles;
import uk.council.complaints.evidence.EvidenceItem;
import uk.council.complaints.evidence.EvidenceRefused;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.CsrfGuard;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.OversizedBody;
import uk.council.complaints.web.PublicFormException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

/**
 * The evidence page's own posts (docs/adr/0013-evidence-files.md): one file per request (a plain multipart form,
 * no JavaScript), and "Remove". Continue is the page's ordinary post (FormController): the page has no questions.
 */
@Controller("/form/documents-and-photos")
@Produces(Html.PAGE)
class EvidenceController implements OversizedBody {
    private static final String PAGE = "/form/" + Step.EVIDENCE.slug();
    /** Uploads arrive in temporary files; at most two files (10MB each) are read into memory at once (issue 20). */
    private final java.util.concurrent.Semaphore reading = new java.util.concurrent.Semaphore(2, true);
    private final EvidenceFiles evidence;
    private final DraftStore drafts;
    private final QuestionView view;
    private final FormPosts posts;
    private final CsrfGuard csrf;
    private final Journey journey;
    private final Clock clock;

    EvidenceController(EvidenceFiles evidence, DraftStore drafts, QuestionView view, FormPosts posts, CsrfGuard csrf,
                       Journey journey, Clock clock) {
        this.evidence = evidence;
        this.drafts = drafts;
        this.view = view;
        this.posts = posts;
        this.csrf = csrf;
        this.journey = journey;
        this.clock = clock;
    }

    @ExecuteOn(TaskExecutors.BLOCKING)
    @Post(value = "/upload", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, @Nullable @QueryValue String change,
                           @Nullable @Part("file") CompletedFileUpload file,
                           @Nullable @Part("csrfToken") String csrfToken, @Nullable @Part("website") String website) {
        if (!csrf.isValid(request, csrfToken)) {
            throw PublicFormException.csrf();
        }
        if (website != null && !website.isEmpty()) {
            throw PublicFormException.rejected();
        }
        Draft draft = draftOnThePage(request);
        EvidenceItem attached;
        try {
            if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
                throw new EvidenceRefused(EvidenceRefused.Problem.NONE_CHOSEN);
            }
            evidence.refuseIfTooBig(file.getFilename(), file.getSize());
            reading.acquireUninterruptibly();
            try {
                attached = evidence.attach(draft.id(), file.getFilename(), file.getBytes());
            } finally {
                reading.release();
            }
            drafts.keepAlive(draft);
        } catch (EvidenceRefused refused) {
            return view.refused(drafts.answers(draft), refused, change != null, draft);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The page again, saying which file was uploaded (a success banner: issue 27).
        return Redirect.to(PAGE + "?" + QuestionView.UPLOADED + "=" + attached.id() + (change != null ? "&change=yes" : ""));
    }

    @ExecuteOn(TaskExecutors.BLOCKING)
    @Post(value = "/remove/{fileId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, long fileId, @Nullable @QueryValue String change,
                           @Nullable @Body String body) {
        posts.accept(request, body);
        Draft draft = draftOnThePage(request);
        evidence.remove(draft.id(), fileId);
        drafts.keepAlive(draft);
        return Redirect.to(PAGE + (change != null ? "?change=yes" : ""));
    }

    /**
     * An upload over the server's request limit (application.yml's max-request-size, a little over the 10MB a file
     * may be), refused before its parts are read: the page again (413) saying how big a file may be, with the files
     * already attached. Without a draft on the page, the page itself sends the person where they belong.
     */
    @Override
    public Optional<MutableHttpResponse<?>> answer(HttpRequest<?> request) {
        if (!request.getPath().equals(PAGE + "/upload")) {
            return Optional.empty();
        }
        boolean change = request.getParameters().contains("change");
        try {
            Draft draft = draftOnThePage(request);
            return Optional.of(view.refused(drafts.answers(draft), evidence.tooBigToRead(), change, draft)
                    .status(HttpStatus.REQUEST_ENTITY_TOO_LARGE));
        } catch (PublicFormException e) {
            return Optional.of(Redirect.to(PAGE));
        }
    }

    /** The person's live draft, when the evidence page is on their path and reachable; otherwise a detour. */
    private Draft draftOnThePage(HttpRequest<?> request) {
        DraftLookup lookup = drafts.lookup(request);
        if (lookup.isGone()) {
            throw lookup.gonePage();
        }
        Draft draft = lookup.draft().filter(d -> !d.isSubmitted()
                        && journey.isReachable(Step.EVIDENCE, drafts.answers(d), ClockFactory.today(clock)))
                .orElseThrow(() -> new PublicFormException(io.micronaut.http.HttpStatus.NOT_FOUND, "not-found"));
        return draft;
    }
}
