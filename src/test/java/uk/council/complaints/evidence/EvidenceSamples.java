package uk.council.complaints.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Small files for the evidence tests. */
final class EvidenceSamples {
    private EvidenceSamples() {
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A 1 x 1 pixel PNG. */
    static byte[] png() {
        return Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }

    static byte[] eicar() {
        return uk.council.complaints.support.TestClamd.EICAR.getBytes(StandardCharsets.US_ASCII);
    }
}
