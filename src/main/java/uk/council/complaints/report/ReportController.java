package uk.council.complaints.report;

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
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.staff.StaffRole;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.council.complaints.web.Html;

/** Managers and admins: the annual report for a chosen period as a page, and its narrative sections. */
@Controller("/staff/reports")
@Produces(Html.PAGE)
@Secured(StaffRole.MANAGER_ROLE)
class ReportController {
    static final String VIEW = "staff/report";
    private final PeriodForm periodForm;
    private final ReportPage page;
    private final NarrativeForm narrativeForm;
    private final Narratives narratives;
    private final ReportAccessLog log;
    private final StaffPosts posts;

    ReportController(PeriodForm periodForm, ReportPage page, NarrativeForm narrativeForm, Narratives narratives,
                     ReportAccessLog log, StaffPosts posts) {
        this.periodForm = periodForm;
        this.page = page;
        this.narrativeForm = narrativeForm;
        this.narratives = narratives;
        this.log = log;
        this.posts = posts;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Authentication auth) {
        PeriodForm.Result chosen = periodForm.read(request.getParameters().asMap());
        Map<String, Object> model = new HashMap<>();
        model.put("fields", chosen.fields());
        model.put("errors", chosen.errors());
        if (chosen.period() == null) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(VIEW, model));
        }
        model.putAll(page.model(chosen.period(), chosen.publication(), false, null, Map.of()));
        model.put("saved", "yes".equals(request.getParameters().get("saved")));
        log.record(StaffActor.of(auth).actor(), ReportAccessLog.Action.VIEW, chosen.period(), chosen.publication());
        return HttpResponse.ok(new ModelAndView<>(VIEW, model));
    }

    @Post(value = "/narrative", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> narrative(HttpRequest<?> request, Authentication auth, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        ReportPeriod period = PeriodForm.of(form.get("from"), form.get("to"));
        if (period == null) {
            throw StaffPageException.notFound();
        }
        boolean publication = "yes".equals(form.get("publication"));
        Map<String, String> typed = new LinkedHashMap<>();
        // trim() as well as strip(): a control character at either end is dropped, any other is refused below
        Narratives.SECTIONS.forEach(s -> typed.put(s, form.get(s).trim()));
        Map<String, String> errors = narrativeForm.check(typed);
        String actor = StaffActor.of(auth).actor();
        String query = "from=" + period.from() + "&to=" + period.to() + (publication ? "&publication=yes" : "");
        if (!errors.isEmpty()) {
            PeriodForm.Result chosen = periodForm.read(Map.of("from", List.of(period.from().toString()),
                    "to", List.of(period.to().toString()), "publication", List.of(publication ? "yes" : "")));
            Map<String, Object> model = new HashMap<>(page.model(period, publication, false, typed, errors));
            model.put("fields", chosen.fields());
            model.put("errors", model.get("narrativeErrors"));
            model.put("saved", false);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(VIEW, model));
        }
        narratives.save(period, typed, actor);
        log.record(actor, ReportAccessLog.Action.NARRATIVE, period, publication);
        return HttpResponse.seeOther(URI.create("/staff/reports?" + query + "&saved=yes"));
    }
}
