package uk.council.complaints.staff;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Change your own password: also where a temporary password given by an admin is replaced. */
@Controller("/staff/password")
@Produces(Html.PAGE)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PasswordController {
    private final StaffAccounts accounts;
    private final StaffPosts posts;
    private final Messages msg;
    private final StaffProperties properties;

    PasswordController(StaffAccounts accounts, StaffPosts posts, Messages msg, StaffProperties properties) {
        this.properties = properties;
        this.accounts = accounts;
        this.posts = posts;
        this.msg = msg;
    }

    @Get
    HttpResponse<?> show(Authentication auth) {
        return HttpResponse.ok(new ModelAndView<>("staff/password", model(StaffActor.of(auth), Map.of())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, Authentication auth, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        StaffActor actor = StaffActor.of(auth);
        String current = raw(form, "currentPassword");
        String chosen = raw(form, "newPassword");
        Map<String, String> errors = new HashMap<>();
        if (!accounts.checkPassword(actor.userId(), current)) {
            errors.put("currentPassword", msg.get("staff.password.error.current"));
        }
        accounts.passwordProblem(chosen).ifPresent(key -> errors.put("newPassword", msg.get(key, 12)));
        if (errors.isEmpty() && chosen.equals(current)) {
            errors.put("newPassword", msg.get("staff.password.error.same"));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/password", model(actor, errors)));
        }
        accounts.setPassword(actor.userId(), chosen, false, SessionCookie.read(request, properties.getCookieName()));
        return HttpResponse.seeOther(URI.create(SignInController.HOME + "?notice=password"));
    }

    private static String raw(StaffForm form, String name) {
        List<String> v = form.values().get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    private Map<String, Object> model(StaffActor actor, Map<String, String> errors) {
        List<Map<String, String>> summary = new ArrayList<>();
        for (String field : List.of("currentPassword", "newPassword")) {
            if (errors.containsKey(field)) {
                summary.add(Map.of("href", "#" + field, "text", errors.get(field)));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("errors", summary);
        model.put("fieldErrors", errors);
        model.put("mustChange", actor.mustChangePassword());
        return model;
    }
}
