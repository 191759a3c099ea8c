package uk.council.complaints.youngperson;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import uk.council.complaints.web.Html;

import java.util.Map;

/** The advocacy leaflet: a page in plain words, and the same words as a PDF to keep or print. */
@Controller
class AdvocacyController {
    private final LeafletDownload leaflet;

    AdvocacyController(LeafletDownload leaflet) {
        this.leaflet = leaflet;
    }

    @Get("/advocacy")
    @Produces(Html.PAGE) // the page only: the PDF below keeps what it produced
    @View("advocacy/leaflet")
    Map<String, Object> page() {
        return leaflet.model();
    }

    @Get(value = "/advocacy/leaflet.pdf", produces = "application/pdf")
    HttpResponse<byte[]> download() {
        return leaflet.pdfResponse();
    }
}
