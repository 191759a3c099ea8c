package uk.council.complaints.casework.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.cases.IssueForm;
import uk.council.complaints.cases.Procedure;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.stage.CaseIssues;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "Record the issues" (issue 10): an officer confirms or changes a complaint's issues, at least one. */
@Controller("/staff/cases/{reference}/issues")
@Produces(Html.PAGE)
@Secured(StaffRole.OFFICER_ROLE)
class IssuesController {
    private final CasePage cases;
    private final CaseIssues issues;
    private final IssueForm form;
    private final StaffPosts posts;
    private final Messages msg;
    private final TriageService triage;

    IssuesController(CasePage cases, CaseIssues issues, IssueForm form, StaffPosts posts, Messages msg, TriageService triage) {
        this.triage = triage;
        this.cases = cases;
        this.issues = issues;
        this.form = form;
        this.posts = posts;
        this.msg = msg;
    }

    @Get
    HttpResponse<?> show(String reference) {
        Map<String, List<String>> values = IssueForm.values(issues.stored(cases.idOf(reference)));
        return HttpResponse.ok(page(reference, values, Map.of(), List.of()));
    }

    /** The case's procedure, by its queue: its list of natures (issue 21). */
    private Procedure procedure(String reference) {
        return triage.find(cases.idOf(reference)).map(t -> t.queue().procedure()).orElse(Procedure.STATUTORY);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        StaffForm posted = posts.accept(request, body);
        long caseId = cases.idOf(reference);
        Map<String, String> errors = form.check(posted.values(), true, procedure(reference));
        if (!errors.isEmpty()) {
            List<Map<String, String>> summary = errors.entrySet().stream()
                    .map(e -> Map.of("href", "#" + e.getKey(), "text", e.getValue())).toList();
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(reference, posted.values(), errors, summary));
        }
        try {
            issues.record(caseId, StaffActor.of(auth), form.read(posted.values()));
            return HttpResponse.seeOther(URI.create("/staff/cases/" + reference + "?done=issues"));
        } catch (CaseworkRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(reference, posted.values(), Map.of(),
                    List.of(Map.of("href", "#main-content", "text", msg.get(refused.messageKey())))));
        }
    }

    private ModelAndView<Map<String, Object>> page(String reference, Map<String, List<String>> values,
                                                   Map<String, String> errors, List<Map<String, String>> summary) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", reference);
        model.put("rows", form.rows(values, errors, procedure(reference)));
        model.put("errors", summary);
        return new ModelAndView<>("staff/case-issues", model);
    }
}
