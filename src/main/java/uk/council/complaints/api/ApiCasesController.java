package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** /api/v1/cases: cases changed since a time, page by page; one case with its whole record; an evidence file. */
@Controller("/api/v1/cases")
@Secured(ApiScope.CASES_READ)
@Tag(name = "cases")
@ExecuteOn(TaskExecutors.BLOCKING)
class ApiCasesController {
    private final CaseChanges changes;
    private final ApiReads reads;
    private final ApiParams params;
    private final ApiErrors errors;

    ApiCasesController(CaseChanges changes, ApiReads reads, ApiParams params, ApiErrors errors) {
        this.changes = changes;
        this.reads = reads;
        this.params = params;
        this.errors = errors;
    }

    /**
     * Cases changed since a time (something recorded on their timeline other than a read), oldest change first.
     * Follow nextCursor until it is null. Needs cases:read.
     */
    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Cases changed since a time, with cursor paging and filters")
    ApiViews.CasesPage list(
            @Parameter(description = "ISO 8601 instant, e.g. 2026-12-01T00:00:00Z; default: every case") @Nullable @QueryValue String since,
            @Parameter(description = "nextCursor from the previous page") @Nullable @QueryValue String cursor,
            @Parameter(description = "Cases per page, 1 to 100 (default 100)") @Nullable @QueryValue String limit,
            @Parameter(description = "COMPLAINT, CALLBACK, COMPLIMENT, COMMENT, SUGGESTION, STAGE2, ENQUIRY, STAGE3, CORPORATE_STAGE2") @Nullable @QueryValue String kind,
            @Parameter(description = "1, 2 or 3") @Nullable @QueryValue String stage,
            @Parameter(description = "new, acknowledged, closed or refused") @Nullable @QueryValue String status,
            @Parameter(description = "STAGE1, CORPORATE, CALLBACK, STAGE2, COMPLIMENTS, SIGNPOST, STAGE3, CORPORATE_STAGE2") @Nullable @QueryValue String queue) {
        CaseChanges.Filter filter = params.caseFilter(since, cursor, limit, kind, stage, status, queue);
        var rows = changes.page(new CaseChanges.Filter(filter.since(), filter.after(), filter.kind(), filter.stage(),
                filter.status(), filter.queue(), filter.limit() + 1));
        boolean more = rows.size() > filter.limit();
        var page = more ? rows.subList(0, filter.limit()) : rows;
        String next = more ? new ApiCursor(page.get(page.size() - 1).changedAt(), page.get(page.size() - 1).id()).encode() : null;
        return ApiViews.cases(page, next);
    }

    /** One case: answers, children, triage and its reasons, handling, issues and findings, decisions, deadlines,
     * linked cases (its other stages, with theirs) and evidence metadata. The read is on the case's timeline. */
    @Get(value = "/{reference}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One case with its whole record")
    Map<String, Object> one(String reference, Authentication authentication) {
        return reads.caseFor(reference, ApiCaller.of(authentication))
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no case"));
    }

    /** An evidence file itself, as a download. Needs evidence:read; the download is on the case's timeline. */
    @Get(value = "/{reference}/evidence/{fileId}", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Secured(ApiScope.EVIDENCE_READ)
    @Operation(summary = "An evidence file (needs evidence:read)")
    HttpResponse<byte[]> evidence(String reference, long fileId, Authentication authentication) {
        ApiReads.File file = reads.evidence(reference, fileId, ApiCaller.of(authentication))
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no file"));
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(file.content()).contentType(file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded);
    }

    @Error(exception = ApiBadRequest.class)
    HttpResponse<?> badParameter(HttpRequest<?> request, ApiBadRequest e) {
        return errors.badParameter(request, e);
    }
}
