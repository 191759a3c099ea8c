package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.council.complaints.web.Html;

/** Admins: the API's clients, registering one (its token shown once), rotating its token, revoking it, its calls. */
@Controller("/staff/api-clients")
@Produces(Html.PAGE)
@Secured(StaffRole.ADMIN_ROLE)
class ApiClientsController {
    private static final int CALLS_SHOWN = 50;
    private final ApiClients clients;
    private final ApiClientForms forms;
    private final StaffPosts posts;

    ApiClientsController(ApiClients clients, ApiClientForms forms, StaffPosts posts) {
        this.clients = clients;
        this.forms = forms;
        this.posts = posts;
    }

    @Get
    HttpResponse<?> list() {
        return HttpResponse.ok(new ModelAndView<>("staff/api-clients", Map.of("clients",
                clients.all().stream().map(c -> forms.row(c, clients.callCount(c.id()))).toList())));
    }

    @Get("/new")
    HttpResponse<?> newClient() {
        return HttpResponse.ok(new ModelAndView<>("staff/api-client-new", forms.newModel(new StaffForm(Map.of()), Map.of())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        Map<String, String> errors = forms.problems(form);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/api-client-new", forms.newModel(form, errors)));
        }
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        form.all("scopes").forEach(code -> ApiScope.ofCode(code).ifPresent(scopes::add));
        ApiClients.Issued issued = clients.create(form.get("name").strip(), scopes,
                ApiClientForms.validity(form.get("expiry")).orElseThrow(), StaffActor.of(auth).actor());
        return tokenPage(issued);
    }

    @Get("/{id}")
    HttpResponse<?> show(long id) {
        ApiClient client = clients.find(id).orElseThrow(StaffPageException::notFound);
        return HttpResponse.ok(new ModelAndView<>("staff/api-client", Map.of(
                "client", forms.row(client, clients.callCount(id)), "rows", forms.details(client),
                "calls", forms.calls(clients.latestCalls(id, CALLS_SHOWN)))));
    }

    @Post(value = "/{id}/rotate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rotate(HttpRequest<?> request, long id, @Nullable @Body String body) {
        posts.accept(request, body);
        return clients.rotate(id).map(this::tokenPage).orElseThrow(StaffPageException::notFound);
    }

    @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(HttpRequest<?> request, long id, @Nullable @Body String body) {
        posts.accept(request, body);
        clients.find(id).orElseThrow(StaffPageException::notFound);
        clients.revoke(id);
        return HttpResponse.seeOther(URI.create("/staff/api-clients/" + id));
    }

    /** The only time the token is ever shown: answered to the POST itself, never cached, never stored. */
    private MutableHttpResponse<?> tokenPage(ApiClients.Issued issued) {
        return HttpResponse.ok(new ModelAndView<>("staff/api-client-token", Map.of(
                        "client", forms.row(issued.client(), 0), "token", issued.token())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
