package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPosts;

import java.net.URI;
import java.util.Map;

/**
 * How every action's form post is answered, the case's actions and the record's alike (issue 21): checked (422 and
 * the page with what was typed), done, or refused because it does not apply to the case now ({@link ActionGuard}) or
 * its state does not allow it (409 and the page with the reason); done goes back to the case.
 */
@Singleton
class ActionRunner {
    private final ActionPages pages;
    private final StaffPosts posts;
    private final ActionGuard guard;

    ActionRunner(ActionPages pages, StaffPosts posts, ActionGuard guard) {
        this.pages = pages;
        this.posts = posts;
        this.guard = guard;
    }

    interface Step {
        void run(long caseId, StaffActor by, StaffForm form);
    }

    /** One action's page as a post needs it: its checks, its page again with errors or a refusal, and its guard. */
    interface Page {
        /** The code the case page's banner says was done. */
        String done();

        Map<String, String> check(StaffForm form, long caseId);

        Map<String, Object> withErrors(StaffForm form, Map<String, String> errors);

        Map<String, Object> refused(StaffForm form, CaseworkRefused refused);

        /** Locks the case and refuses the action when it does not apply, else runs {@code step}. */
        void guarded(long caseId, StaffActor by, Runnable step);
    }

    HttpResponse<?> handle(HttpRequest<?> request, Authentication auth, String reference, CaseActions action,
                           @Nullable String body, Step step) {
        return handle(request, auth, reference, new Page() {
            @Override
            public String done() {
                return action.slug();
            }

            @Override
            public Map<String, String> check(StaffForm form, long caseId) {
                return pages.check(action, form, caseId);
            }

            @Override
            public Map<String, Object> withErrors(StaffForm form, Map<String, String> errors) {
                return pages.withErrors(reference, action, form, errors);
            }

            @Override
            public Map<String, Object> refused(StaffForm form, CaseworkRefused refused) {
                return pages.refused(reference, action, form, refused);
            }

            @Override
            public void guarded(long caseId, StaffActor by, Runnable run) {
                guard.run(caseId, by, action, run);
            }
        }, body, step);
    }

    HttpResponse<?> handle(HttpRequest<?> request, Authentication auth, String reference, Page page,
                           @Nullable String body, Step step) {
        StaffForm form = posts.accept(request, body);
        long caseId = pages.idOf(reference);
        Map<String, String> errors = page.check(form, caseId);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/case-action", page.withErrors(form, errors)));
        }
        try {
            StaffActor by = StaffActor.of(auth);
            page.guarded(caseId, by, () -> step.run(caseId, by, form));
            return HttpResponse.seeOther(URI.create("/staff/cases/" + reference + "?done=" + page.done()));
        } catch (CaseworkRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("staff/case-action", page.refused(form, refused)));
        }
    }
}
