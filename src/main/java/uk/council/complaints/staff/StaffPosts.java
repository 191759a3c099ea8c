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
        checkToken(request, form.get(csrf.fieldName()));
        return form;
    }

    /** A multipart post's token (issue 25, the register upload), refused as a form post's is. */
    public void checkToken(HttpRequest<?> request, String token) {
        if (!csrf.isValid(request, token)) {
            throw new StaffPageException(io.micronaut.http.HttpStatus.FORBIDDEN, "staff/csrf");
        }
    }
}
