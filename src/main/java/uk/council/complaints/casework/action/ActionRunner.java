package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.web.Messages;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * How every action's page is shown and its post answered, the case's actions and the record's alike (issue 21):
 * checked (422 and the page with what was typed), done, or refused because it does not apply to the case now
 * ({@link ActionGuard}) or its state does not allow it (409 and the page with the reason); done goes back to the case.
 */
@Singleton
class ActionRunner {
    private static final String VIEW = "staff/case-action";
    private final ActionPages pages;
    private final StaffPosts posts;
    private final Messages msg;

    ActionRunner(ActionPages pages, StaffPosts posts, Messages msg) {
        this.pages = pages;
        this.posts = posts;
        this.msg = msg;
    }

    interface Step {
        void run(long caseId, StaffActor by, StaffForm form);
    }

    /** The page with the answers it starts from. */
    HttpResponse<?> blank(String reference, ActionPage page) {
        long caseId = pages.idOf(reference);
        return HttpResponse.ok(view(reference, page, caseId, new StaffForm(page.prefill(caseId)), Map.of(), List.of()));
    }

    /** The post: its token first, before anything is read or changed. */
    HttpResponse<?> handle(HttpRequest<?> request, Authentication auth, String reference, ActionPage page, @Nullable String body) {
        StaffForm form = posts.accept(request, body);
        long caseId = pages.idOf(reference);
        Map<String, String> errors = page.check(caseId, form);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(view(reference, page, caseId, form, errors, summary(page.fields(caseId, form, errors))));
        }
        try {
            page.run(caseId, StaffActor.of(auth), form);
            return HttpResponse.seeOther(URI.create("/staff/cases/" + reference + "?done=" + page.done()));
        } catch (CaseworkRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(view(reference, page, caseId, form, Map.of(),
                    List.of(Map.of("href", "#main-content", "text", msg.get(refused.messageKey())))));
        }
    }

    /** The error summary: each message links to its field (a date to its day, as the public forms' do). */
    private static List<Map<String, String>> summary(List<FieldView> fields) {
        return fields.stream().filter(FieldView::hasError).map(f -> Map.of("href",
                "#" + f.id() + (f.kind().equals("DATE") ? "-day" : ""), "text", f.error())).toList();
    }

    private ModelAndView<Map<String, Object>> view(String reference, ActionPage page, long caseId, StaffForm form,
                                                   Map<String, String> errors, List<Map<String, String>> summary) {
        return new ModelAndView<>(VIEW, pages.page(reference, page.path(), page.wordsKey(caseId),
                page.fields(caseId, form, errors), summary));
    }
}
