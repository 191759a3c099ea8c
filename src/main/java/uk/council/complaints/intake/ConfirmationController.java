package uk.council.complaints.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Step;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static uk.council.complaints.intake.FormController.redirect;

/** The confirmation page: only the browser that submitted the case can see it, while its draft lives. */
@Controller("/form/confirmation")
class ConfirmationController {
    private final DraftStore drafts;
    private final CaseRepository cases;
    private final ConfirmationDetails details;

    ConfirmationController(DraftStore drafts, CaseRepository cases, ConfirmationDetails details) {
        this.drafts = drafts;
        this.cases = cases;
        this.details = details;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request) {
        Optional<SubmittedCase> submitted = drafts.lookup(request).draft()
                .filter(Draft::isSubmitted)
                .flatMap(d -> cases.findByReference(d.caseReference()));
        if (submitted.isEmpty()) {
            return redirect("/form/" + Step.PURPOSE.slug());
        }
        Map<String, Object> model = new HashMap<>(details.model(submitted.get()));
        return HttpResponse.ok(new ModelAndView<>("intake/confirmation", model));
    }
}
