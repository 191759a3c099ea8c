package uk.council.complaints.evidence;

import org.apache.tika.Tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The type of a file from its content (Apache Tika's detector: magic bytes first; the name may only narrow the
 * type the content shows, e.g. an OLE2 or zip container to Word). A PNG named ".pdf" is a PNG.
 */
final class ContentTypes {
    private static final Tika TIKA = new Tika();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The types the portal accepts, and the extension a download is given. */
    private static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png",
            "image/heic", "heic",
            "image/heif", "heif",
            "application/msword", "doc",
            DOCX, "docx");

    private ContentTypes() {
    }

    /** The detected type when it is one the portal accepts. */
    static Optional<String> acceptable(byte[] content, String fileName) {
        String type = TIKA.detect(content, fileName);
        if (!ALLOWED.containsKey(type) || DOCX.equals(type) && !isWordPackage(content)) {
            return Optional.empty();
        }
        return Optional.of(type);
    }

    static String extension(String type) {
        return ALLOWED.getOrDefault(type, "bin");
    }

    /** A zip named ".docx" is a Word document only when it holds the document part. */
    private static boolean isWordPackage(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
