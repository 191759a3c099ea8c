package uk.council.complaints.evidence;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.filter.ServerFilterPhase;
import uk.council.complaints.journey.Step;

/**
 * {@code micronaut.server.max-request-size} is one number for the whole server; it is set for the evidence upload
 * (a 10 MB file, and a little over so that a file just too big reaches the page that says so). Every other route
 * keeps the forms' limit here, {@code portal.evidence.form-max-request-size} (1 MB, see application.yml), refused
 * from the declared length before the body is read (the 413 page). docs/adr/0013-evidence-files.md
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestSizeFilter implements Ordered {
    static final String UPLOAD_PATH = "/form/" + Step.EVIDENCE.slug() + "/upload";
    /** Issue 25: the managers' register upload, with a limit of its own ({@code portal.import.max-request-size}). */
    static final String IMPORT_PATH = "/staff/import";
    private final long formLimit;
    private final long importLimit;

    RequestSizeFilter(@Value("${portal.evidence.form-max-request-size:1MB}") @ReadableBytes long formLimit,
                      @Value("${portal.import.max-request-size:5MB}") @ReadableBytes long importLimit) {
        this.formLimit = formLimit;
        this.importLimit = importLimit;
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        long length = request.getContentLength();
        long limit = request.getPath().equals(IMPORT_PATH) ? importLimit : formLimit;
        if (length > limit && !request.getPath().equals(UPLOAD_PATH)) {
            throw new ContentLengthExceededException(limit, length);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
