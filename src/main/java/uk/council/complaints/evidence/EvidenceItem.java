package uk.council.complaints.evidence;

import io.micronaut.core.annotation.Introspected;

/** A file as lists show it (never its content). */
@Introspected
public record EvidenceItem(long id, String fileName, String contentType, long sizeBytes) {

    /** The size in words a person reads: "240 KB", "3.2 MB". */
    public String size() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024));
    }
}
