package uk.council.complaints.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import uk.council.complaints.cases.ImportedCase;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Managers bring in the register kept before the portal (issue 25): the template to fill in, and the upload, checked
 * row by row in the background ({@link ImportJobs}); every problem is listed and nothing is imported until the file is
 * clean, then all of it at once. The upload answers with its job's page.
 */
// A staff page, not the API: left out of /api/v1/openapi.yml (its package also holds POST /api/v1/cases).
@Hidden
@Controller("/staff/import")
@Secured(StaffRole.MANAGER_ROLE)
class ImportController {
    static final String TEMPLATE = "/staff/import/template.csv";
    /** How long a job's page waits for the import to finish before it shows the progress instead. */
    private static final Duration WAIT = Duration.ofSeconds(3);
    private final ImportJobs jobs;
    private final StaffPosts posts;
    private final Messages msg;

    ImportController(ImportJobs jobs, StaffPosts posts, Messages msg) {
        this.jobs = jobs;
        this.posts = posts;
        this.msg = msg;
    }

    @Get
    @Produces(Html.PAGE) // on each page, not the class: Micronaut adds a class's @Produces to template.csv's own
    HttpResponse<?> page() {
        return HttpResponse.ok(new ModelAndView<>("staff/import", model()));
    }

    /** An upload's page: its outcome, or how far it is, from {@code import_job} (any instance can answer). */
    @Get("/jobs/{id}")
    @Produces(Html.PAGE)
    // Its wait of up to 3 s holds a thread of its own pool, never one of the few that serve the public pages (ADR 0032).
    @ExecuteOn("import-page")
    HttpResponse<?> job(long id) throws InterruptedException {
        ImportJob job = jobs.find(id, WAIT).orElse(null);
        if (job == null) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = model();
        switch (job.status()) {
            case ImportJob.DONE -> model.put("done", msg.get("import.done", job.casesMade(), job.rowsTotal()));
            case ImportJob.REFUSED -> {
                List<RegisterProblem> problems = job.problemList();
                return refused(msg.get("import.error.rows", problems.size(),
                        problems.stream().map(RegisterProblem::row).distinct().count()), problems);
            }
            case ImportJob.FAILED -> {
                return refused(msg.get("import.error.failed"), List.of());
            }
            default -> {
                if (jobs.stalled(job)) {
                    return refused(msg.get("import.error.stalled"), List.of());
                }
                model.put("running", msg.get("import.running", job.rowsChecked(), job.rowsTotal(), job.rowsStored()));
                model.put("jobHref", "/staff/import/jobs/" + id);
            }
        }
        return HttpResponse.ok(new ModelAndView<>("staff/import", model));
    }

    @Get(value = "/template.csv", produces = "text/csv")
    HttpResponse<byte[]> template() {
        List<String> columns = RegisterColumns.all();
        Map<String, String> example = RegisterColumns.example();
        String csv = String.join(",", columns) + "\r\n"
                + String.join(",", columns.stream().map(c -> quote(example.get(c))).toList()) + "\r\n";
        return HttpResponse.ok(csv.getBytes(StandardCharsets.UTF_8))
                .contentType(new MediaType("text/csv", Map.of("charset", "utf-8")))
                .header("Content-Disposition", "attachment; filename=\"register-template.csv\"");
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(Html.PAGE)
    HttpResponse<?> upload(HttpRequest<?> request, Authentication auth, @Nullable @Part("file") CompletedFileUpload file,
                           @Nullable @Part("csrfToken") String csrfToken) throws IOException {
        posts.checkToken(request, csrfToken);
        String name = file == null ? "" : file.getFilename().toLowerCase(Locale.ROOT);
        if (file == null || file.getSize() == 0 || !(name.endsWith(".csv") || name.endsWith(".xlsx"))) {
            return refused(msg.get(file == null || file.getSize() == 0 ? "import.error.file.missing" : "import.error.file.type"),
                    List.of());
        }
        try {
            List<RegisterRow> rows = RegisterReader.read(name, file.getBytes());
            if (rows.isEmpty()) {
                return refused(msg.get("import.error.file.empty"), List.of());
            }
            long job = jobs.start(rows, new RowImport.Importer(StaffActor.of(auth), ImportedCase.FILE));
            return HttpResponse.seeOther(URI.create("/staff/import/jobs/" + job));
        } catch (RegisterReader.Unreadable e) {
            return refused(msg.get(e.getMessage()), List.of());
        }
    }

    private HttpResponse<?> refused(String summary, List<RegisterProblem> problems) {
        Map<String, Object> model = model();
        model.put("errors", List.of(Map.of("href", problems.isEmpty() ? "#file" : "#problems", "text", summary)));
        model.put("fileError", problems.isEmpty() ? summary : null);
        model.put("problems", problems);
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("staff/import", model));
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("template", TEMPLATE);
        model.put("columns", RegisterColumns.all());
        model.put("maxRows", RegisterReader.MAX_ROWS);
        return model;
    }

    static String quote(String value) {
        String v = value == null ? "" : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
