package uk.council.complaints.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.web.Html;

import java.util.Map;

@Controller
@Produces({Html.PAGE, io.micronaut.http.MediaType.APPLICATION_JSON}) // as web.ErrorPages, for the same reason
@Secured(SecurityRule.IS_ANONYMOUS)
class StaffErrorPages {
    private final StaffAccessHandler access;

    StaffErrorPages(StaffAccessHandler access) {
        this.access = access;
    }

    /** Before the catch-all error page (web.ErrorPages): not signed in, or not allowed. */
    @Error(global = true, exception = io.micronaut.security.authentication.AuthorizationException.class)
    HttpResponse<?> notAllowed(HttpRequest<?> request, io.micronaut.security.authentication.AuthorizationException e) {
        return access.handle(request, e);
    }

    @Error(global = true, exception = StaffPageException.class)
    HttpResponse<?> staffPage(HttpRequest<?> request, StaffPageException e) {
        return HttpResponse.status(e.status()).contentType(io.micronaut.http.MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(e.view(), Map.of()));
    }
}
