package uk.council.complaints.youngperson;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import uk.council.complaints.web.CouncilProperties;

import java.util.HashMap;
import java.util.Map;

/**
 * The advocacy leaflet's content and its PDF as a download, for the /advocacy pages and the confirmation
 * page alike (which records the download on the case), so no controller has to call another.
 */
@Singleton
public class LeafletDownload {
    private final AdvocacyProperties advocacy;
    private final CouncilProperties council;
    private final LeafletPdf pdf;

    LeafletDownload(AdvocacyProperties advocacy, CouncilProperties council, LeafletPdf pdf) {
        this.advocacy = advocacy;
        this.council = council;
        this.pdf = pdf;
    }

    public HttpResponse<byte[]> pdfResponse() {
        return HttpResponse.ok(pdf.render(model()))
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"advocacy-leaflet.pdf\"");
    }

    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("advocacy", advocacy);
        model.put("council", council);
        return model;
    }
}
