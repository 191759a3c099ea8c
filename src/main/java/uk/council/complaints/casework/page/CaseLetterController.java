package uk.council.complaints.casework.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.casework.record.CaseLetters;
import uk.council.complaints.casework.record.CaseRecordWork;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.Html;


/** What the person is sent: a step's letter to print, a failed email sent again, the leaflet handed over or posted. */
@Controller("/staff/cases/{reference}")
@Produces(Html.PAGE)
@Secured(StaffRole.OFFICER_ROLE)
class CaseLetterController {
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;
    private final CasePage page;
    private final CaseLetters letters;
    private final CaseRecordWork record;
    private final StaffPosts posts;
    private final CaseActs acts;

    CaseLetterController(CasePage page, CaseLetters letters, CaseRecordWork record, StaffPosts posts, CaseActs acts) {
        this.page = page;
        this.letters = letters;
        this.record = record;
        this.posts = posts;
        this.acts = acts;
    }

    @Get("/letters/{eventId}")
    HttpResponse<?> letter(String reference, long eventId) {
        return HttpResponse.ok(new ModelAndView<>("staff/letter", letters.letter(reference, eventId)));
    }

    @Post(value = "/emails/{id}/retry", consumes = FORM)
    HttpResponse<?> retry(HttpRequest<?> request, Authentication auth, String reference, long id, @Nullable @Body String body) {
        posts.accept(request, body);
        return act(auth, reference, "email-retry", () -> record.retryEmail(page.idOf(reference), id, StaffActor.of(auth)));
    }

    @Post(value = "/leaflet/given", consumes = FORM)
    HttpResponse<?> given(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        posts.accept(request, body);
        return act(auth, reference, "leaflet-given", () -> record.leaflet(page.idOf(reference), StaffActor.of(auth), false));
    }

    @Post(value = "/leaflet/posted", consumes = FORM)
    HttpResponse<?> posted(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        posts.accept(request, body);
        return act(auth, reference, "leaflet-posted", () -> record.leaflet(page.idOf(reference), StaffActor.of(auth), true));
    }

    private HttpResponse<?> act(Authentication auth, String reference, String done, Runnable action) {
        return acts.act(auth, reference, done, "#emails", action);
    }
}
