package uk.council.complaints.web;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF's font loses only its glyph substitution table (docs/benchmarks.md: a third of the report's rendering). */
class TaggedPdfFontTest {

    @Test
    void theFontKeepsEveryGlyphAndMetricButNoLongerOffersSubstitutions() throws IOException {
        TrueTypeFont original = parse(read());
        TrueTypeFont trimmed = parse(TaggedPdf.withoutGlyphSubstitution(TaggedPdf.FONT));

        assertTrue(original.getTableMap().containsKey("GSUB"), "the shipped font has a GSUB table");
        assertFalse(trimmed.getTableMap().containsKey("GSUB"));
        assertEquals(original.getNumberOfGlyphs(), trimmed.getNumberOfGlyphs());
        for (char c : "Complaints ŵŷ £ – é".toCharArray()) {
            int glyph = original.getUnicodeCmapLookup().getGlyphId(c);
            assertEquals(glyph, trimmed.getUnicodeCmapLookup().getGlyphId(c), "glyph of " + c);
            assertEquals(original.getAdvanceWidth(glyph), trimmed.getAdvanceWidth(glyph), "width of " + c);
        }
    }

    private static byte[] read() throws IOException {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(TaggedPdf.FONT)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
