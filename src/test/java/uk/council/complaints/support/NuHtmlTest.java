package uk.council.complaints.support;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Nu Html Checker in-process (issue 27): a valid page passes, a duplicate id and a stray attribute do not. */
class NuHtmlTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>T</title>"
            + "</head><body><main>%s</main></body></html>";

    @Test
    void aValidPageHasNoErrors() {
        assertEquals(List.of(), NuHtml.errors(PAGE.formatted("<h1 id=\"a\">Heading</h1><p id=\"b\">Text</p>")));
    }

    @Test
    void aDuplicateIdAndAnInvalidAttributeAreErrors() {
        List<String> errors = NuHtml.errors(PAGE.formatted(
                "<h1 id=\"findings\">Heading</h1><p id=\"findings\">Text</p><div><li foo=\"bar\">x</li></div>"));
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID “findings”")), String.valueOf(errors));
        assertTrue(errors.stream().anyMatch(e -> e.contains("Element “li” not allowed as child of element “div”")),
                String.valueOf(errors));
    }
}
