package uk.council.complaints.evidence;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file the person attached, for staff only, always as a download (never shown in the browser) with the type
 * detected from its content and the name it was kept under (EvidenceFiles.storedName); nosniff and no-store come,
 * once, from web.SecurityHeadersFilter like every page's. Each download is recorded on the case's timeline, in the same transaction.
 */
@Controller("/staff/cases/{reference}/evidence/{fileId}")
@Secured(StaffRole.OFFICER_ROLE)
class EvidenceDownloadController {
    private final CaseRepository cases;
    private final EvidenceFiles files;
    private final CaseTimeline timeline;

    EvidenceDownloadController(CaseRepository cases, EvidenceFiles files, CaseTimeline timeline) {
        this.cases = cases;
        this.files = files;
        this.timeline = timeline;
    }

    @Get(produces = MediaType.ALL) // the file's own type, whatever a client accepts
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Transactional
    HttpResponse<byte[]> download(String reference, long fileId, Authentication authentication) {
        long caseId = cases.findByReference(reference).map(SubmittedCase::id).orElseThrow(StaffPageException::notFound);
        EvidenceFile file = files.content(caseId, fileId).orElseThrow(StaffPageException::notFound);
        timeline.record(caseId, StaffActor.of(authentication).actor(), CaseEventType.EVIDENCE_DOWNLOADED, file.fileName());
        return HttpResponse.ok(file.content())
                .contentType(MediaType.of(file.contentType()))
                .header("Content-Disposition", disposition(file));
    }

    /** A plain ASCII name for old clients and the person's own name (RFC 6266 / 5987) for the rest. */
    static String disposition(EvidenceFile file) {
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
