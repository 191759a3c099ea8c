package uk.council.complaints.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.CouncilProperties;
import uk.council.complaints.web.TaggedPdf;

import java.util.HashMap;
import java.util.Map;

/**
 * The report as it leaves the team, small counts always hidden: a tagged PDF and a spreadsheet of every table,
 * for {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD}. Every download is recorded.
 */
@Controller("/staff/reports")
@Secured(StaffRole.MANAGER_ROLE)
class ReportDownloads {
    private static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final ReportPage page;
    private final TaggedPdf pdf;
    private final ReportXlsx xlsx;
    private final ReportAccessLog log;
    private final CouncilProperties council;

    ReportDownloads(ReportPage page, TaggedPdf pdf, ReportXlsx xlsx, ReportAccessLog log, CouncilProperties council) {
        this.page = page;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.log = log;
        this.council = council;
    }

    @Get(value = "/annual.pdf", produces = "application/pdf")
    HttpResponse<?> pdf(@Nullable @QueryValue String from, @Nullable @QueryValue String to, Authentication auth) {
        ReportPeriod period = period(from, to);
        if (period.isTooLong()) {
            return onThePage(period);
        }
        Map<String, Object> model = new HashMap<>(page.model(period, true, true, null, Map.of()));
        model.put("council", council);
        byte[] body = pdf.render("report/report-pdf", model);
        log.record(StaffActor.of(auth).actor(), ReportAccessLog.Action.PDF, period, true);
        return file(body, MediaType.of("application/pdf"), period, "pdf");
    }

    @Get(value = "/annual.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<?> xlsx(@Nullable @QueryValue String from, @Nullable @QueryValue String to, Authentication auth) {
        ReportPeriod period = period(from, to);
        if (period.isTooLong()) {
            return onThePage(period);
        }
        byte[] body = xlsx.render(page.model(period, true, false, null, Map.of()));
        log.record(StaffActor.of(auth).actor(), ReportAccessLog.Action.XLSX, period, true);
        return file(body, XLSX, period, "xlsx");
    }

    private static ReportPeriod period(@Nullable String from, @Nullable String to) {
        ReportPeriod period = PeriodForm.of(from, to);
        if (period == null) {
            throw StaffPageException.notFound();
        }
        return period;
    }

    /** A period no report may cover: the page for it, which says so on its dates (issue 20). */
    private static HttpResponse<?> onThePage(ReportPeriod period) {
        return HttpResponse.seeOther(java.net.URI.create("/staff/reports?from=" + period.from() + "&to=" + period.to()));
    }

    private static HttpResponse<byte[]> file(byte[] body, MediaType type, ReportPeriod period, String extension) {
        return HttpResponse.ok(body).contentType(type).header("Content-Disposition",
                "attachment; filename=\"annual-report-" + period.from() + "-to-" + period.to() + "." + extension + "\"");
    }
}
