package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.record.CaseRecordRepositories;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.web.Messages;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The pages of the Ombudsman and learning actions: the blank form, and a post checked (422), refused (409) or done. */
@Singleton
class RecordPages {
    private final ActionPages pages;
    private final RecordForms forms;
    private final CaseRecordRepositories.Ombudsman ombudsman;
    private final CaseRecordRepositories.Recommendations recommendations;
    private final CaseRecordRepositories.Learning learning;
    private final StaffPosts posts;
    private final Messages msg;
    private final RecordGuard guard;

    RecordPages(RecordGuard guard, ActionPages pages, RecordForms forms, CaseRecordRepositories.Ombudsman ombudsman,
                CaseRecordRepositories.Recommendations recommendations, CaseRecordRepositories.Learning learning,
                StaffPosts posts, Messages msg) {
        this.guard = guard;
        this.pages = pages;
        this.forms = forms;
        this.ombudsman = ombudsman;
        this.recommendations = recommendations;
        this.learning = learning;
        this.posts = posts;
        this.msg = msg;
    }

    /** The form; "not found" when the row it is about is not on this case. */
    HttpResponse<?> blank(String reference, RecordAction action, long id) {
        if (!onCase(action, pages.idOf(reference), id)) {
            throw StaffPageException.notFound();
        }
        return HttpResponse.ok(view(reference, action, id, new StaffForm(Map.of()), Map.of(), List.of()));
    }

    HttpResponse<?> handle(HttpRequest<?> request, Authentication auth, String reference, RecordAction action,
                           long id, @Nullable String body, ActionRunner.Step step) {
        StaffForm form = posts.accept(request, body);
        long caseId = pages.idOf(reference);
        Map<String, String> errors = forms.check(action, form);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(reference, action, id, form, errors,
                    RecordForms.summary(forms.fields(action, form, errors))));
        }
        try {
            StaffActor by = StaffActor.of(auth);
            guard.run(caseId, action, id, () -> step.run(caseId, by, form));
            return HttpResponse.seeOther(URI.create("/staff/cases/" + reference + "?done=" + action.code()));
        } catch (CaseworkRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(view(reference, action, id, form, Map.of(),
                    List.of(Map.of("href", "#main-content", "text", msg.get(refused.messageKey())))));
        }
    }

    @Transactional
    boolean onCase(RecordAction action, long caseId, long id) {
        return switch (action) {
            case OMBUDSMAN_DECISION, RECOMMENDATION -> ombudsman.findById(id).map(o -> o.caseId() == caseId).orElse(false);
            case COMPLIED -> recommendations.findById(id).flatMap(r -> ombudsman.findById(r.ombudsmanCaseId()))
                    .map(o -> o.caseId() == caseId).orElse(false);
            case LEARNING_DONE -> learning.findById(id).map(a -> a.caseId() == caseId).orElse(false);
            case OMBUDSMAN_ADD, LEARNING_ADD -> true;
        };
    }

    private ModelAndView<Map<String, Object>> view(String reference, RecordAction action, long id, StaffForm form,
                                                   Map<String, String> errors, List<Map<String, String>> summary) {
        return new ModelAndView<>("staff/case-action", pages.page(reference, action.path(id),
                "staff.record." + action.code(), forms.fields(action, form, errors), summary));
    }
}
