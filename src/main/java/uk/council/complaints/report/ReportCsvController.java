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
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.CsvLine;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Managers and admins: every figure of the report for a period as CSV, suppressed, each download audited. */
@Controller("/staff/reports")
@Secured(StaffRole.MANAGER_ROLE)
class ReportCsvController {
    private static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");
    private final ReportCsv csv;
    private final ReportAccessLog log;
    private final Messages messages;

    ReportCsvController(ReportCsv csv, ReportAccessLog log, Messages messages) {
        this.csv = csv;
        this.log = log;
        this.messages = messages;
    }

    @Get(value = "/annual.csv", produces = "text/csv")
    HttpResponse<String> annual(@Nullable @QueryValue String from, @Nullable @QueryValue String to, Authentication auth) {
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from == null ? "" : from);
            end = LocalDate.parse(to == null ? "" : to);
        } catch (DateTimeParseException e) {
            return refuse("report.csv.error.dates");
        }
        if (end.isBefore(start)) {
            return refuse("report.csv.error.order");
        }
        ReportPeriod period = new ReportPeriod(start, end);
        if (period.isTooLong()) {
            return refuse("report.csv.error.length");
        }
        StringBuilder body = new StringBuilder();
        csv.lines(period).forEach(l -> body.append(CsvLine.of(l)));
        log.record(StaffActor.of(auth).actor(), ReportAccessLog.Action.CSV, period, true);
        return HttpResponse.ok(body.toString()).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"report-" + start + "-to-" + end + ".csv\"");
    }

    private HttpResponse<String> refuse(String key) {
        return HttpResponse.<String>badRequest(messages.get(key)).contentType(MediaType.TEXT_PLAIN_TYPE);
    }
}
