package uk.council.complaints.intake;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import uk.council.complaints.web.CsrfGuard;
import uk.council.complaints.web.PublicFormException;

import java.util.List;
import java.util.Map;

/** The checks every public form post passes before its answers are read: CSRF token and honeypot. */
@Singleton
public class FormPosts {
    /** A field people never see (hidden by CSS, out of the accessibility tree); bots fill it in. */
    static final String HONEYPOT = "website";
    /** The name of the question pages' secondary button, "Save and come back later". */
    static final String SAVE_BUTTON = "saveForLater";
    private final CsrfGuard csrf;

    FormPosts(CsrfGuard csrf) {
        this.csrf = csrf;
    }

    public Map<String, List<String>> accept(HttpRequest<?> request, String body) {
        Map<String, List<String>> form = FormBody.parse(body);
        if (!csrf.isValid(request, FormBody.first(form, csrf.fieldName()))) {
            throw PublicFormException.csrf();
        }
        if (!FormBody.first(form, HONEYPOT).isEmpty()) {
            throw PublicFormException.rejected();
        }
        return form;
    }
}
