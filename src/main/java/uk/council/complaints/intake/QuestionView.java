package uk.council.complaints.intake;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.council.complaints.evidence.EvidenceFiles;
import uk.council.complaints.evidence.EvidenceRefused;
import uk.council.complaints.journey.AdvocacyLeaflet;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.Messages;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A question page as a response: the one template (intake/question.html) for every step. */
@Singleton
class QuestionView {
    /** The query parameter that names the file just uploaded, after an upload's redirect. */
    static final String UPLOADED = "uploaded";
    private final QuestionPages pages;
    private final DraftStore drafts;
    private final Journey journey;
    private final EvidenceFiles evidence;
    private final Messages msg;
    private final ChildrenList childrenList;

    QuestionView(QuestionPages pages, DraftStore drafts, Journey journey, EvidenceFiles evidence, Messages msg,
                 ChildrenList childrenList) {
        this.childrenList = childrenList;
        this.pages = pages;
        this.drafts = drafts;
        this.journey = journey;
        this.evidence = evidence;
        this.msg = msg;
    }

    MutableHttpResponse<?> render(Step step, Answers answers, List<FieldError> errors, boolean change,
                                  Optional<Draft> draft, HttpStatus status) {
        return render(step, answers, errors, change, draft, status, 1);
    }

    /** @param child which child the child page is about (1 on every other page) */
    MutableHttpResponse<?> render(Step step, Answers answers, List<FieldError> errors, boolean change,
                                  Optional<Draft> draft, HttpStatus status, int child) {
        Map<String, Object> model = pages.model(step, child > 1 ? Children.child(answers, child) : answers, errors);
        model.put("action", child > 1 ? ChildrenList.childPage(child, change)
                : "/form/" + step.slug() + (change ? "?change=yes" : ""));
        model.put("back", change ? "/form/check" : child > 1 ? "/form/" + Step.CHILDREN.slug()
                : journey.previous(step, answers).map(s -> "/form/" + s.slug()).orElse("/"));
        if (child > 1) {
            model.put("heading", msg.get("step.about-the-child.another", child));
        }
        if (step == Step.CHILDREN) {
            childrenList.add(model, answers, change);
        }
        model.put("riskNow", answers.is("riskNow", "yes") || answers.is("ypRiskNow", "yes"));
        model.put("showLeaflet", AdvocacyLeaflet.shownOn(step));
        model.put("secondsLeft", draft.map(drafts::secondsLeft).orElse(drafts.properties().getIdleTimeout().toSeconds()));
        model.put("warningSeconds", drafts.properties().getWarningBefore().toSeconds());
        model.put("idleMinutes", drafts.properties().getIdleTimeout().toMinutes());
        // A saved draft is kept until its link expires: no idle warning, and the notice says until when.
        model.put("savedUntil", draft.filter(drafts::isSaved).map(d -> msg.time(d.expiresAt())).orElse(null));
        if (step == Step.EVIDENCE) {
            model.put("evidence", new EvidencePage(draft.map(d -> evidence.forDraft(d.id())).orElse(List.of()),
                    evidence.maxFiles(), change ? "?change=yes" : "", null));
        }
        return HttpResponse.status(status).body(new ModelAndView<>("intake/question", model));
    }

    /** The evidence page again, its error saying why the file was not kept (422). */
    MutableHttpResponse<?> refused(Answers answers, EvidenceRefused refused, boolean change, Draft draft) {
        MutableHttpResponse<?> response = render(Step.EVIDENCE, answers, List.of(), change, Optional.of(draft),
                HttpStatus.UNPROCESSABLE_ENTITY);
        @SuppressWarnings("unchecked")
        Map<String, Object> model = ((ModelAndView<Map<String, Object>>) response.body()).getModel().orElseThrow();
        String text = msg.get(refused.problem().messageKey(), refused.args().toArray());
        model.put("errors", List.of(new QuestionPages.ErrorLink("#" + EvidencePage.FILE_FIELD, text)));
        model.put("evidence", ((EvidencePage) model.get("evidence")).withError(text));
        return response;
    }

    /**
     * The evidence page after an upload: a success banner naming the file (GOV.UK notification banner, announced as
     * an alert; issue 27). Only a file of this draft is named; any other value shows no banner.
     */
    MutableHttpResponse<?> uploaded(MutableHttpResponse<?> response, String fileId) {
        if (fileId != null && response.body() instanceof ModelAndView<?> page
                && page.getModel().orElse(null) instanceof Map<?, ?> m && m.get("evidence") instanceof EvidencePage ev) {
            @SuppressWarnings("unchecked")
            Map<String, Object> model = (Map<String, Object>) m;
            ev.files().stream().filter(f -> String.valueOf(f.id()).equals(fileId)).findFirst()
                    .ifPresent(f -> model.put("notice", msg.get("evidence.uploaded", f.fileName())));
        }
        return response;
    }

    /** What the evidence fragment shows: the files so far, the limit, and the upload's error. */
    record EvidencePage(List<uk.council.complaints.evidence.EvidenceItem> files, int maxFiles, String query,
                        String error) {
        static final String FILE_FIELD = "evidence-file";

        public boolean full() {
            return files.size() >= maxFiles;
        }

        EvidencePage withError(String text) {
            return new EvidencePage(files, maxFiles, query, text);
        }
    }
}
