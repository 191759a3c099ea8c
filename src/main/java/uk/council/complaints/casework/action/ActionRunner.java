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
 * How every action's form post is answered: checked (422 and the page with what was typed), done, or refused
 * because it does not apply to the case now ({@link ActionGuard}) or its state does not allow it (409 and the page
 * with the reason); done goes back to the case.
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

    HttpResponse<?> handle(HttpRequest<?> request, Authentication auth, String reference, CaseActions action,
                           @Nullable String body, Step step) {
        StaffForm form = posts.accept(request, body);
        long caseId = pages.idOf(reference);
        Map<String, String> errors = pages.check(action, form, caseId);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/case-action", pages.withErrors(reference, action, form, errors)));
        }
        try {
            StaffActor by = StaffActor.of(auth);
            guard.run(caseId, by, action, () -> step.run(caseId, by, form));
            return HttpResponse.seeOther(URI.create("/staff/cases/" + reference + "?done=" + action.slug()));
        } catch (CaseworkRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(new ModelAndView<>("staff/case-action", pages.refused(reference, action, form, refused)));
        }
    }
}
