package uk.council.complaints.staff;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import uk.council.complaints.web.CsrfGuard;

/** Every staff form post passes here first: the CSRF token is checked before anything is read or changed. */
@Singleton
public class StaffPosts {
    private final CsrfGuard csrf;

    StaffPosts(CsrfGuard csrf) {
        this.csrf = csrf;
    }

    public StaffForm accept(HttpRequest<?> request, String body) {
        StaffForm form = StaffForm.parse(body);
        if (!csrf.isValid(request, form.get(csrf.fieldName()))) {
            throw new StaffPageException(io.micronaut.http.HttpStatus.FORBIDDEN, "staff/csrf");
        }
        return form;
    }
}
