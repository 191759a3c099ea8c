package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
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
import uk.council.complaints.journey.Answers;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.ClockFactory;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.council.complaints.web.Html;

/**
 * Staff intake (issue 10): a case received by email, letter, phone, in person, through an advocate or from an MP
 * or councillor. First page: what it is, who from, how and when it arrived; second page: the online form's
 * questions for that kind. Bad answers come back on the same page (422) with everything typed kept.
 */
@Controller("/staff/new")
@Produces(Html.PAGE)
@Secured(StaffRole.OFFICER_ROLE)
class StaffIntakeController {
    private final StaffIntakePages pages;
    private final StaffIntakeService service;
    private final IssueForm issues;
    private final StaffPosts posts;
    private final Clock clock;

    StaffIntakeController(StaffIntakePages pages, StaffIntakeService service, IssueForm issues, StaffPosts posts,
                          Clock clock) {
        this.pages = pages;
        this.service = service;
        this.issues = issues;
        this.posts = posts;
        this.clock = clock;
    }

    /** The first page; a "Change" link from the second page fills it in again. */
    @Get
    HttpResponse<?> start(HttpRequest<?> request) {
        return HttpResponse.ok(new ModelAndView<>("staff/intake-start", pages.firstPage(firstPage(request.getParameters()), Map.of())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> chosen(HttpRequest<?> request, @Nullable @Body String body) {
        Answers a = new Answers(posts.accept(request, body).values());
        var errors = StaffIntake.checkFirstPage(a, today());
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/intake-start", pages.firstPage(a, errors)));
        }
        return HttpResponse.seeOther(URI.create("/staff/new/details?" + StaffIntakePages.query(a)));
    }

    @Get("/details")
    HttpResponse<?> details(HttpRequest<?> request) {
        Answers a = firstPage(request.getParameters());
        if (!StaffIntake.checkFirstPage(a, today()).isEmpty()) {
            return HttpResponse.seeOther(URI.create("/staff/new?" + StaffIntakePages.query(a)));
        }
        return HttpResponse.ok(new ModelAndView<>("staff/intake-details", pages.secondPage(a, today(), false)));
    }

    @Post(value = "/details", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enter(HttpRequest<?> request, Authentication auth, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        Answers a = new Answers(form.values());
        var firstErrors = StaffIntake.checkFirstPage(a, today());
        if (!firstErrors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/intake-start", pages.firstPage(a, firstErrors)));
        }
        if (a.has(StaffIntakePages.ADD_CHILD)) {
            // "Add another child": the same page with one more child's section, nothing checked yet.
            return HttpResponse.ok(new ModelAndView<>("staff/intake-details", pages.secondPage(a, today(), false)));
        }
        Map<String, Object> model = pages.secondPage(a, today(), true);
        if (!((List<?>) model.get("errors")).isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("staff/intake-details", model));
        }
        String reference = service.enter(a, issues.read(form.values()), StaffActor.of(auth));
        return HttpResponse.seeOther(URI.create("/staff/cases/" + reference + "?done=entered"));
    }

    private static Answers firstPage(HttpParameters p) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        StaffIntake.FIRST_PAGE.forEach(n -> values.put(n, p.getAll(n)));
        return new Answers(values);
    }

    private LocalDate today() {
        return ClockFactory.today(clock);
    }
}
