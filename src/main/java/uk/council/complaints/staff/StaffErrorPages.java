package uk.council.complaints.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.Map;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class StaffErrorPages {

    @Error(global = true, exception = StaffPageException.class)
    HttpResponse<?> staffPage(HttpRequest<?> request, StaffPageException e) {
        return HttpResponse.status(e.status()).body(new ModelAndView<>(e.view(), Map.of()));
    }
}
