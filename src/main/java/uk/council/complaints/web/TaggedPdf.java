package uk.council.complaints.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A Thymeleaf XHTML template as a tagged PDF (PDF/UA: title, language, structure and reading order), in the
 * request's language: the advocacy leaflet and the annual report. PDF/UA needs embedded fonts: Liberation
 * Sans ships inside PDFBox.
 */
@Singleton
public class TaggedPdf {
    public static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT_WITHOUT_SUBSTITUTIONS = withoutGlyphSubstitution(FONT);
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
            builder.useFont(() -> new ByteArrayInputStream(FONT_WITHOUT_SUBSTITUTIONS), "Liberation Sans");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its glyph substitution table (GSUB: ligatures and alternate forms, which Latin text here does not
     * need) hidden by renaming its tag in the table directory. PDFBox applies GSUB to every run of text through a
     * regular-expression splitter, which took about a third of the annual report's rendering (docs/benchmarks.md);
     * the subset embedded in the PDF never held that table anyway.
     */
    static byte[] withoutGlyphSubstitution(String resource) {
        byte[] font;
        try (InputStream in = TaggedPdf.class.getResourceAsStream(resource)) {
            font = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the PDF font is missing: " + resource, e);
        }
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(font, entry, 4, StandardCharsets.US_ASCII).equals("GSUB")) {
                font[entry] = 'x'; // an unknown table: readers skip it
            }
        }
        return font;
    }
}
