package uk.council.complaints.youngperson;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The leaflet PDF is accessible (tagged, titled, with a language) and carries the configured service's details. */
@MicronautTest
@Property(name = "portal.advocacy.provider-name", value = "Riverside Young People's Advocacy")
@Property(name = "portal.advocacy.phone", value = "0300 555 0177")
@Property(name = "portal.advocacy.text-number", value = "07700 900177")
@Property(name = "portal.advocacy.email", value = "help@riverside-advocacy.example")
@Property(name = "portal.advocacy.website", value = "https://riverside-advocacy.example")
class LeafletPdfTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theLeafletPdfIsTaggedTitledInEnglishAndHasTheProvidersDetails() throws Exception {
        HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET("/advocacy/leaflet.pdf"), byte[].class);
        assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertNotNull(catalog.getMarkInfo(), "mark info");
            assertTrue(catalog.getMarkInfo().isMarked(), "tagged PDF");
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree (reading order)");
            assertTrue(catalog.getLanguage().startsWith("en"), catalog.getLanguage());
            assertTrue(pdf.getDocumentInformation().getTitle().startsWith("Getting an advocate"));
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewers show the title, not the file name");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : new String[] {"Riverside Young People's Advocacy", "0300 555 0177", "07700 900177",
                    "help@riverside-advocacy.example", "https://riverside-advocacy.example",
                    "An advocate is someone who is on your side."}) {
                assertTrue(text.contains(expected), () -> "missing " + expected + " in: " + text);
            }
        }
    }

    @Test
    void theLeafletPageHasTheSameWords() {
        String html = client.toBlocking().retrieve("/advocacy");
        assertTrue(html.contains("Riverside Young People&#39;s Advocacy"), "an apostrophe in a configured name survives");
        assertTrue(html.contains("An advocate is someone who is on your side."));
        assertTrue(html.contains("href=\"/advocacy/leaflet.pdf\""));
    }
}
