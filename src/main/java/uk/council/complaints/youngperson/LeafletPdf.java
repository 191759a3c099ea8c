package uk.council.complaints.youngperson;

import uk.council.complaints.web.PortalLocales;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The advocacy leaflet as a tagged PDF (PDF/UA: title, language, structure and reading order),
 * made from the same words as the /advocacy page. PDF/UA needs embedded fonts: Liberation Sans
 * ships inside PDFBox.
 */
@Singleton
class LeafletPdf {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private final TemplateEngine templates;
    private final PortalLocales locales;

    LeafletPdf(TemplateEngine templates, PortalLocales locales) {
        this.templates = templates;
        this.locales = locales;
    }

    byte[] render(Map<String, Object> model) {
        String xhtml = templates.process("advocacy/leaflet-pdf", new Context(locales.current(), model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> LeafletPdf.class.getResourceAsStream(FONT), "Liberation Sans");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
