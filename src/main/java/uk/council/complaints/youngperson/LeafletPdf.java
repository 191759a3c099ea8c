package uk.council.complaints.youngperson;

import jakarta.inject.Singleton;
import uk.council.complaints.web.TaggedPdf;

import java.util.Map;

/**
 * The advocacy leaflet as a tagged PDF (web.TaggedPdf: PDF/UA, title, language, structure and reading
 * order), made from the same words as the /advocacy page.
 */
@Singleton
class LeafletPdf {
    private final TaggedPdf pdf;

    LeafletPdf(TaggedPdf pdf) {
        this.pdf = pdf;
    }

    byte[] render(Map<String, Object> model) {
        return pdf.render("advocacy/leaflet-pdf", model);
    }
}
