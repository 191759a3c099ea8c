package uk.council.complaints.youngperson;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import uk.council.complaints.web.CouncilProperties;

import java.util.HashMap;
import java.util.Map;

/** The advocacy leaflet: a page in plain words, and the same words as a PDF to keep or print. */
@Controller
public class AdvocacyController {
    private final AdvocacyProperties advocacy;
    private final CouncilProperties council;
    private final LeafletPdf pdf;

    AdvocacyController(AdvocacyProperties advocacy, CouncilProperties council, LeafletPdf pdf) {
        this.advocacy = advocacy;
        this.council = council;
        this.pdf = pdf;
    }

    @Get("/advocacy")
    @View("advocacy/leaflet")
    Map<String, Object> page() {
        return leafletModel();
    }

    @Get("/advocacy/leaflet.pdf")
    HttpResponse<byte[]> download() {
        return pdfResponse();
    }

    /** The PDF as a download: also used by the confirmation page, which records the download on the case. */
    public HttpResponse<byte[]> pdfResponse() {
        return HttpResponse.ok(pdf.render(leafletModel()))
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"advocacy-leaflet.pdf\"");
    }

    Map<String, Object> leafletModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("advocacy", advocacy);
        model.put("council", council);
        return model;
    }
}
