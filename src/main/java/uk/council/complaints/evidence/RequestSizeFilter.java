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
    private final long formLimit;

    RequestSizeFilter(@Value("${portal.evidence.form-max-request-size:1MB}") @ReadableBytes long formLimit) {
        this.formLimit = formLimit;
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > formLimit && !request.getPath().equals(UPLOAD_PATH)) {
            throw new ContentLengthExceededException(formLimit, length);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
