package uk.council.complaints.webhook;

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
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Admins: webhook endpoints, their deliveries, and resend, switch off, rotate and delete (issue 25, ADR 0030). */
@Controller("/staff/webhooks")
@Produces(Html.PAGE)
@Secured(StaffRole.ADMIN_ROLE)
class WebhooksController {
    private final WebhookAdmin admin;
    private final AddressGuard guard;
    private final StaffPosts posts;
    private final Messages msg;

    WebhooksController(WebhookAdmin admin, AddressGuard guard, StaffPosts posts, Messages msg) {
        this.admin = admin;
        this.guard = guard;
        this.posts = posts;
        this.msg = msg;
    }

    @Get
    HttpResponse<?> list() {
        List<WebhookEndpoint> all = admin.all();
        long off = all.stream().filter(e -> e.switchedOffAt() != null).count();
        return HttpResponse.ok(new ModelAndView<>("staff/webhooks", Map.of("endpoints", all,
                "switchedOff", off == 0 ? "" : msg.get("staff.webhooks.switchedOff.notice", off))));
    }

    @Get("/new")
    HttpResponse<?> newEndpoint() {
        return HttpResponse.ok(new ModelAndView<>("staff/webhook-new", formModel("", List.of(), Map.of())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        String url = form.get("url").strip();
        Map<String, String> errors = new HashMap<>();
        Optional<String> problem = url.length() > 2000 ? Optional.of("staff.webhooks.error.url") : guard.problem(url);
        problem.ifPresent(key -> errors.put("url", msg.get(key)));
        List<WebhookEventType> types = form.all("events").stream().map(WebhookEventType::ofCode)
                .flatMap(Optional::stream).distinct().toList();
        if (types.isEmpty() || types.size() != form.all("events").size()) {
            errors.put("events", msg.get("staff.webhooks.error.events"));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/webhook-new", formModel(url, form.all("events"), errors)));
        }
        return secretPage(admin.register(url, types, StaffActor.of(auth).actor()));
    }

    @Get("/{id}")
    HttpResponse<?> show(long id, @Nullable String done) {
        WebhookEndpoint endpoint = admin.find(id).orElseThrow(StaffPageException::notFound);
        Map<String, Object> model = new HashMap<>();
        model.put("endpoint", endpoint);
        model.put("deliveries", admin.deliveries(id).stream().map(this::row).toList());
        model.put("created", msg.get("staff.webhooks.endpoint.created", msg.time(endpoint.createdAt()), endpoint.createdBy()));
        model.put("rotated", endpoint.rotatedAt() == null ? ""
                : msg.get("staff.webhooks.endpoint.rotated", msg.time(endpoint.rotatedAt())));
        model.put("shown", WebhookAdmin.SHOWN);
        model.put("switchedOff", endpoint.switchedOffAt() == null ? "" : msg.get("staff.webhooks.switchedOff.reason",
                msg.time(endpoint.switchedOffAt()), endpoint.switchedOffAfter()));
        model.put("done", "resent".equals(done) ? msg.get("staff.webhooks.resent") : "");
        return HttpResponse.ok(new ModelAndView<>("staff/webhook", model));
    }

    @Post(value = "/{id}/deliveries/{deliveryId}/resend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resend(HttpRequest<?> request, long id, long deliveryId, @Nullable @Body String body) {
        posts.accept(request, body);
        if (!admin.resend(id, deliveryId)) {
            throw StaffPageException.notFound();
        }
        return HttpResponse.seeOther(URI.create("/staff/webhooks/" + id + "?done=resent"));
    }

    @Post(value = "/{id}/active", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> active(HttpRequest<?> request, long id, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        admin.find(id).orElseThrow(StaffPageException::notFound);
        admin.setActive(id, "yes".equals(form.get("active")));
        return HttpResponse.seeOther(URI.create("/staff/webhooks/" + id));
    }

    @Post(value = "/{id}/rotate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rotate(HttpRequest<?> request, long id, @Nullable @Body String body) {
        posts.accept(request, body);
        return secretPage(admin.rotate(id).orElseThrow(StaffPageException::notFound));
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, long id, @Nullable @Body String body) {
        posts.accept(request, body);
        admin.find(id).orElseThrow(StaffPageException::notFound);
        admin.delete(id);
        return HttpResponse.seeOther(URI.create("/staff/webhooks"));
    }

    private Map<String, Object> row(WebhookAdmin.Row r) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id());
        row.put("eventId", r.eventId());
        row.put("eventType", r.eventType());
        row.put("status", msg.get("staff.webhooks.delivery.status." + r.status()));
        row.put("attempts", r.attempts());
        row.put("error", r.lastError() == null ? "" : r.lastError());
        row.put("created", msg.time(r.createdAt()));
        row.put("next", r.nextAttemptAt() == null ? "" : msg.time(r.nextAttemptAt()));
        row.put("resendable", r.sentAt() != null || "failed".equals(r.status()));
        return row;
    }

    /** The secret, once: answered to the POST itself, never stored in a page that can be fetched again. */
    private HttpResponse<?> secretPage(WebhookEndpoint endpoint) {
        return HttpResponse.ok(new ModelAndView<>("staff/webhook-secret", Map.of("endpoint", endpoint)));
    }

    private Map<String, Object> formModel(String url, List<String> chosen, Map<String, String> errors) {
        List<FieldView> fields = List.of(
                FieldView.text("url", msg.get("staff.webhooks.url"), msg.get("staff.webhooks.url.hint"), 2000, url,
                        errors.get("url")),
                FieldView.choices("events", true, msg.get("staff.webhooks.events"), msg.get("staff.webhooks.events.hint"),
                        Arrays.stream(WebhookEventType.values()).map(t -> new FieldView.Option(t.code(),
                                msg.get("staff.webhooks.event." + t.code()), null, chosen.contains(t.code()))).toList(),
                        errors.get("events")));
        List<Map<String, String>> summary = new ArrayList<>();
        fields.stream().filter(FieldView::hasError).forEach(f -> summary.add(Map.of("href", "#" + f.id(), "text", f.error())));
        return Map.of("fields", fields, "errors", summary);
    }
}
