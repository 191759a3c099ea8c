package uk.council.complaints.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A Thymeleaf XHTML template as a tagged PDF (PDF/UA: title, language, structure and reading order), in the
 * request's language: the advocacy leaflet and the annual report. PDF/UA needs embedded fonts: Liberation
 * Sans ships inside PDFBox.
 */
@Singleton
public class TaggedPdf {
    public static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private final TemplateEngine templates;
    private final PortalLocales locales;

    TaggedPdf(TemplateEngine templates, PortalLocales locales) {
        this.templates = templates;
        this.locales = locales;
    }

    public byte[] render(String template, Map<String, Object> model) {
        String xhtml = templates.process(template, new Context(locales.current(), model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> TaggedPdf.class.getResourceAsStream(FONT), "Liberation Sans");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
