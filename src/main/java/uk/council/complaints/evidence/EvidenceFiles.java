package uk.council.complaints.evidence;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Attaching a file: count and size are checked, ClamAV scans it, then its type is found from its content; only a
 * clean file of an accepted type is stored. Listing never reads the content; the content leaves only through the staff download.
 */
@Singleton
public class EvidenceFiles {
    private static final int MAX_NAME = 255;
    private final EvidenceRepository files;
    private final ClamdScanner scanner;
    private final EvidenceProperties properties;
    private final Clock clock;

    EvidenceFiles(EvidenceRepository files, ClamdScanner scanner, EvidenceProperties properties, Clock clock) {
        this.files = files;
        this.scanner = scanner;
        this.properties = properties;
        this.clock = clock;
    }

    public boolean offered() {
        return properties.offered();
    }

    public int maxFiles() {
        return properties.getMaxFiles();
    }

    /**
     * A whole upload over the server's request limit (micronaut.server.max-request-size): refused before its file
     * could be read, so the error cannot name it.
     */
    public EvidenceRefused tooBigToRead() {
        return new EvidenceRefused(EvidenceRefused.Problem.TOO_BIG_TO_READ, properties.getMaxFileBytes() / (1024 * 1024));
    }

    /** A file over the limit, from the size of the upload's temporary file, before anything reads it into memory. */
    public void refuseIfTooBig(String fileName, long size) {
        if (size > properties.getMaxFileBytes()) {
            throw new EvidenceRefused(EvidenceRefused.Problem.TOO_BIG, cleanName(fileName),
                    properties.getMaxFileBytes() / (1024 * 1024));
        }
    }

    /** Keeps the file for the draft, or throws {@link EvidenceRefused} saying why not (nothing is then stored). */
    @Transactional
    public EvidenceItem attach(String draftId, String fileName, byte[] content) {
        String name = cleanName(fileName);
        if (files.countByDraftId(draftId) >= properties.getMaxFiles()) {
            throw new EvidenceRefused(EvidenceRefused.Problem.TOO_MANY, properties.getMaxFiles());
        }
        if (content.length == 0) {
            throw new EvidenceRefused(EvidenceRefused.Problem.EMPTY, name);
        }
        refuseIfTooBig(name, content.length);
        // Scanned first: an infected file is reported as infected, whatever its type.
        if (!scanner.scan(content).clean()) {
            throw new EvidenceRefused(EvidenceRefused.Problem.INFECTED, name);
        }
        String type = ContentTypes.acceptable(content, name)
                .orElseThrow(() -> new EvidenceRefused(EvidenceRefused.Problem.WRONG_TYPE, name));
        String stored = storedName(name, type);
        EvidenceFile saved = files.save(new EvidenceFile(null, draftId, null, stored, type, content.length, content,
                clock.instant()));
        return new EvidenceItem(saved.id(), stored, type, content.length);
    }

    @Transactional
    public boolean remove(String draftId, long fileId) {
        return files.deleteFromDraft(fileId, draftId) > 0;
    }

    @Transactional
    public List<EvidenceItem> forDraft(String draftId) {
        return files.listForDraft(draftId);
    }

    @Transactional
    public List<EvidenceItem> forCase(long caseId) {
        return files.listForCase(caseId);
    }

    /** In the caller's transaction: the draft's files become the case's. */
    public void moveToCase(String draftId, long caseId) {
        files.moveToCase(draftId, caseId);
    }

    Optional<EvidenceFile> content(long caseId, long fileId) {
        return files.findByIdAndCaseId(fileId, caseId);
    }

    /**
     * The last path segment, without control or format characters (the bidirectional overrides and isolates that
     * make {@code x\u202Egpj.hta} display as {@code xath.jpg}, zero-width characters), at most 255 characters; never
     * empty.
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}\"]", "").strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        return name.isEmpty() ? "file" : name;
    }

    /**
     * The name a file is kept, listed and downloaded under: the person's name without its extension, with the
     * extension of the type found from the content ({@code letter.hta} holding a PDF is {@code letter.pdf}): a name
     * can never make a download a program (issue 20).
     */
    static String storedName(String cleanName, String type) {
        int dot = cleanName.lastIndexOf('.');
        String base = (dot > 0 ? cleanName.substring(0, dot) : dot == 0 ? "" : cleanName).strip();
        String extension = "." + ContentTypes.extension(type);
        if (base.length() > MAX_NAME - extension.length()) {
            base = base.substring(0, MAX_NAME - extension.length());
        }
        return (base.isEmpty() ? "file" : base) + extension;
    }
}
