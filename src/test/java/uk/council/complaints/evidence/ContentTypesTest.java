package uk.council.complaints.evidence;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The type comes from the content; the name can only narrow what the content shows. */
class ContentTypesTest {

    @Test
    void pdfPngAndHeicAreKnownByTheirBytesWhateverTheName() {
        assertEquals(Optional.of("application/pdf"), ContentTypes.acceptable(EvidenceSamples.pdf(), "letter"));
        assertEquals(Optional.of("image/png"), ContentTypes.acceptable(EvidenceSamples.png(), "scan.pdf"));
        byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of("image/heic"), ContentTypes.acceptable(heic, "IMG_0001.HEIC"));
    }

    @Test
    void textOrAScriptNamedPdfIsRefused() {
        assertEquals(Optional.empty(), ContentTypes.acceptable("hello".getBytes(StandardCharsets.UTF_8), "a.pdf"));
        assertEquals(Optional.empty(), ContentTypes.acceptable("<html><script>x</script>".getBytes(StandardCharsets.UTF_8), "a.jpg"));
    }

    @Test
    void aDocxMustBeAWordPackageNotJustAZipNamedDocx() throws IOException {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        assertEquals(Optional.of(docx), ContentTypes.acceptable(zip("[Content_Types].xml", "word/document.xml"), "a.docx"));
        assertEquals(Optional.empty(), ContentTypes.acceptable(zip("[Content_Types].xml", "evil.exe"), "a.docx"));
        assertEquals(Optional.empty(), ContentTypes.acceptable(zip("[Content_Types].xml", "word/document.xml"), "a.zip"));
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String n : names) {
                zip.putNextEntry(new ZipEntry(n));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
