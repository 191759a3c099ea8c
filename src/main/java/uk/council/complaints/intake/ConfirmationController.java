package uk.council.complaints.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.Html;
import uk.council.complaints.youngperson.LeafletDownload;
import uk.council.complaints.youngperson.LeafletEvent;
import uk.council.complaints.youngperson.LeafletEvents;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;


/** The confirmation page: only the browser that submitted the case can see it, while its draft lives. */
@Controller("/form/confirmation")
class ConfirmationController {
    private final DraftStore drafts;
    private final CaseRepository cases;
    private final ConfirmationDetails details;
    private final LeafletEvents leaflet;
    private final LeafletDownload advocacy;

    ConfirmationController(DraftStore drafts, CaseRepository cases, ConfirmationDetails details, LeafletEvents leaflet,
                           LeafletDownload advocacy) {
        this.drafts = drafts;
        this.cases = cases;
        this.details = details;
        this.leaflet = leaflet;
        this.advocacy = advocacy;
    }

    @Get
    @Produces(Html.PAGE) // the page only: the leaflet below keeps what it produced
    HttpResponse<?> show(HttpRequest<?> request) {
        Optional<SubmittedCase> submitted = submittedCase(request);
        if (submitted.isEmpty()) {
            return Redirect.to("/form/" + Step.PURPOSE.slug());
        }
        Map<String, Object> model = new HashMap<>(details.model(submitted.get()));
        return HttpResponse.ok(new ModelAndView<>("intake/confirmation", model));
    }

    /** The leaflet downloaded from the confirmation page: recorded on the case, so nobody has to remember. */
    @Get(value = "/leaflet.pdf", produces = "application/pdf")
    HttpResponse<?> leaflet(HttpRequest<?> request) {
        submittedCase(request).ifPresent(c -> leaflet.record(c.id(), LeafletEvent.Type.DOWNLOADED));
        return advocacy.pdfResponse();
    }

    private Optional<SubmittedCase> submittedCase(HttpRequest<?> request) {
        return drafts.lookup(request).draft().filter(Draft::isSubmitted).flatMap(d -> cases.findByReference(d.caseReference()));
    }
}
