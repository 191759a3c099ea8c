package uk.council.complaints.queue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.CsvLine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Managers: the filtered queue as CSV for the annual report, and the equality profile in aggregate. */
@Controller("/staff/queue")
@Secured(StaffRole.MANAGER_ROLE)
class ExportController {
    private static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");
    private final QueueExport export;
    private final CaseTimeline timeline;
    private final Clock clock;

    ExportController(QueueExport export, CaseTimeline timeline, Clock clock) {
        this.export = export;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Get(value = "/export", produces = "text/csv")
    HttpResponse<?> cases(HttpRequest<?> request, Authentication auth) {
        QueueFilter filter = QueueFilter.from(request.getParameters());
        List<List<String>> rows = export.rows(filter);
        List<Long> ids = new ArrayList<>();
        StringBuilder csv = new StringBuilder(line(QueueExport.HEADER));
        for (List<String> row : rows) {
            ids.add(Long.parseLong(row.get(row.size() - 1)));
            csv.append(line(row.subList(0, row.size() - 1)));
        }
        // Who took which cases out of the system is part of each case's record.
        timeline.recordAll(ids, StaffActor.of(auth).actor(), CaseEventType.EXPORTED, filter.query());
        return file(csv.toString(), "cases-" + ClockFactory.today(clock) + ".csv");
    }

    @Get(value = "/equality-profile", produces = "text/csv")
    HttpResponse<?> equality() {
        StringBuilder csv = new StringBuilder(line(List.of("question", "answer", "count")));
        export.equalityProfile().forEach(row -> csv.append(line(row)));
        return file(csv.toString(), "equality-profile-" + ClockFactory.today(clock) + ".csv");
    }

    private static HttpResponse<String> file(String body, String name) {
        return HttpResponse.ok(body).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    static String line(List<String> cells) {
        return CsvLine.of(cells);
    }
}
