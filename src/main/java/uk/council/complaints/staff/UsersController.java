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
import io.micronaut.views.ModelAndView;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Admins: the staff accounts, adding one, changing its role, switching it off, a temporary password. */
@Controller("/staff/users")
@Produces(Html.PAGE)
@Secured(StaffRole.ADMIN_ROLE)
class UsersController {
    private final StaffAccounts accounts;
    private final SignInService signIn;
    private final StaffPosts posts;
    private final Messages msg;

    UsersController(StaffAccounts accounts, SignInService signIn, StaffPosts posts, Messages msg) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.posts = posts;
        this.msg = msg;
    }

    @Get
    HttpResponse<?> list() {
        return HttpResponse.ok(new ModelAndView<>("staff/users", Map.of("users", accounts.all())));
    }

    @Get("/new")
    HttpResponse<?> newUser() {
        return HttpResponse.ok(new ModelAndView<>("staff/user-new", newModel(StaffForm.parse(""), Map.of())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        Map<String, String> errors = new HashMap<>();
        accounts.problem(form.get("email"), form.get("name")).ifPresent(key ->
                errors.put(key.endsWith("name") ? "name" : "email", msg.get(key)));
        if (StaffRole.fromCode(form.get("role")).isEmpty()) {
            errors.put("role", msg.get("staff.users.error.role"));
        }
        accounts.passwordProblem(form.get("password")).ifPresent(key -> errors.put("password", msg.get(key, 12)));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/user-new", newModel(form, errors)));
        }
        accounts.create(form.get("email"), form.get("name"), StaffRole.fromCode(form.get("role")).orElseThrow(),
                form.get("password"), true);
        return HttpResponse.seeOther(URI.create("/staff/users"));
    }

    @Get("/{id}")
    HttpResponse<?> edit(long id) {
        StaffMember member = accounts.find(id).orElseThrow(StaffPageException::notFound);
        return HttpResponse.ok(new ModelAndView<>("staff/user-edit", editModel(member, null, Map.of())));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication auth, long id, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        StaffMember member = accounts.find(id).orElseThrow(StaffPageException::notFound);
        Map<String, String> errors = new HashMap<>();
        var role = StaffRole.fromCode(form.get("role"));
        boolean active = "yes".equals(form.get("active"));
        if (role.isEmpty()) {
            errors.put("role", msg.get("staff.users.error.role"));
        } else if (id == StaffActor.of(auth).userId() && (role.get() != StaffRole.ADMIN || !active)) {
            errors.put("role", msg.get("staff.users.error.self")); // nobody locks themselves out of admin
        }
        if (!List.of("yes", "no").contains(form.get("active"))) {
            errors.put("active", msg.get("staff.users.error.active"));
        }
        if (!List.of("", "yes").contains(form.get("unlock"))) {
            errors.put("unlock", msg.get("staff.users.error.unlock"));
        }
        String password = form.get("password");
        if (!password.isEmpty()) {
            accounts.passwordProblem(password).ifPresent(key -> errors.put("password", msg.get(key, 12)));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/user-edit", editModel(member, form, errors)));
        }
        accounts.changeAccess(id, role.get(), active);
        if (!password.isEmpty()) {
            accounts.setPassword(id, password, true, Optional.empty());
        }
        if ("yes".equals(form.get("unlock")) || !password.isEmpty()) {
            signIn.unlock(member.email());
        }
        return HttpResponse.seeOther(URI.create("/staff/users"));
    }

    private Map<String, Object> newModel(StaffForm form, Map<String, String> errors) {
        List<FieldView> fields = List.of(
                FieldView.text("name", msg.get("staff.users.name"), null, 100, form.get("name"), errors.get("name")),
                FieldView.text("email", msg.get("staff.users.email"), null, 254, form.get("email"), errors.get("email")),
                roleField(form.get("role"), errors.get("role")),
                FieldView.text("password", msg.get("staff.users.password"), msg.get("staff.users.password.hint", 12),
                        72, "", errors.get("password")));
        return Map.of("fields", fields, "errors", summary(fields));
    }

    /** The account's page: its stored access, or what was posted (when a post is refused, everything chosen is kept). */
    private Map<String, Object> editModel(StaffMember member, @Nullable StaffForm posted, Map<String, String> errors) {
        String role = posted == null ? member.role().code() : posted.get("role");
        String active = posted == null ? (member.active() ? "yes" : "no") : posted.get("active");
        boolean unlock = posted != null && "yes".equals(posted.get("unlock"));
        List<FieldView> fields = List.of(
                roleField(role, errors.get("role")),
                FieldView.choices("active", false, msg.get("staff.users.active"), null, List.of(
                        new FieldView.Option("yes", msg.get("staff.users.active.yes"), null, "yes".equals(active)),
                        new FieldView.Option("no", msg.get("staff.users.active.no"), null, "no".equals(active))),
                        errors.get("active")),
                FieldView.choices("unlock", true, msg.get("staff.users.unlock"), null, List.of(
                        new FieldView.Option("yes", msg.get("staff.users.unlock.yes"), null, unlock)), errors.get("unlock")),
                FieldView.text("password", msg.get("staff.users.reset"), msg.get("staff.users.reset.hint", 12),
                        72, "", errors.get("password")));
        return Map.of("member", member, "fields", fields, "errors", summary(fields));
    }

    private FieldView roleField(String selected, @Nullable String error) {
        return FieldView.choices("role", false, msg.get("staff.users.role"), null, Arrays.stream(StaffRole.values())
                .map(r -> new FieldView.Option(r.code(), msg.get("staff.role." + r.code()),
                        msg.get("staff.role." + r.code() + ".hint"), r.code().equals(selected))).toList(), error);
    }

    static List<Map<String, String>> summary(List<FieldView> fields) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldView f : fields) {
            if (f.hasError()) {
                errors.add(Map.of("href", "#" + f.id(), "text", f.error()));
            }
        }
        return errors;
    }
}
