package uk.council.complaints.staff;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.web.ClientConnection;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Sign in with a local account, sign out, and stay signed in when warned of the timeout. */
@Controller("/staff")
@Produces(Html.PAGE)
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInController {
    static final String HOME = "/staff/queue";
    private final SignInService signIn;
    private final StaffSessions sessions;
    private final StaffPosts posts;
    private final StaffProperties properties;
    private final Messages msg;
    private final ClientConnection connection;
    private final SignInLimiter limiter;
    private final Clock clock;

    SignInController(SignInService signIn, StaffSessions sessions, StaffPosts posts, StaffProperties properties,
                     Messages msg, ClientConnection connection, SignInLimiter limiter, Clock clock) {
        this.connection = connection;
        this.limiter = limiter;
        this.clock = clock;
        this.signIn = signIn;
        this.sessions = sessions;
        this.posts = posts;
        this.properties = properties;
        this.msg = msg;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> home() {
        return HttpResponse.seeOther(URI.create(HOME));
    }

    @Get("/sign-in")
    HttpResponse<?> show(@Nullable @QueryValue String expired, @Nullable @QueryValue String signedOut,
                         @Nullable @QueryValue String returnTo, @Nullable @QueryValue String oidc) {
        Map<String, Object> model = page("", returnTo, List.of());
        if (oidc != null) {
            model.put("errors", List.of(Map.of("href", "#oidc", "text", msg.get("staff.signIn.oidcFailed"))));
        } else if (expired != null) {
            model.put("notice", msg.get("staff.signIn.expired"));
        } else if (signedOut != null) {
            model.put("notice", msg.get("staff.signIn.signedOut"));
        }
        return HttpResponse.ok(new ModelAndView<>("staff/sign-in", model));
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        String email = form.get("email");
        String password = form.values().getOrDefault("password", List.of("")).get(0);
        String returnTo = form.get("returnTo");
        if (email.isEmpty() || password.isEmpty() || email.length() > 254 || password.length() > 1000) {
            List<Map<String, String>> errors = new java.util.ArrayList<>();
            if (email.isEmpty() || email.length() > 254) {
                errors.add(error("email", "staff.signIn.error.email"));
            }
            if (password.isEmpty() || password.length() > 1000) {
                errors.add(error("password", "staff.signIn.error.password"));
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/sign-in", page(email, returnTo, errors)));
        }
        OptionalLong wait = limiter.check(request);
        if (wait.isPresent()) {
            return tooMany(email, returnTo, wait.getAsLong(), "staff.signIn.error.tooManyFromClient");
        }
        SignInService.Result result = signIn.signIn(email, password, connection.address(request));
        return switch (result.outcome()) {
            case SIGNED_IN -> signedIn(request, result.user().orElseThrow(), returnTo);
            case LOCKED -> tooMany(email, returnTo, Duration.between(clock.instant(),
                    result.lockedUntil().orElseThrow()).toSeconds() + 1, "staff.signIn.error.locked");
            case WRONG -> HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ModelAndView<>("staff/sign-in",
                    page(email, returnTo, List.of(error("email", "staff.signIn.error.wrong")))));
        };
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request, @Nullable @Body String body) {
        posts.accept(request, body);
        SessionCookie.read(request, properties.getCookieName()).ifPresent(sessions::end);
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/staff/sign-in?signedOut=yes"));
        SessionCookie.clear(request, response, connection.isHttps(request), properties.getCookieName());
        return response;
    }

    @Post(value = "/keep-alive", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> keepAlive(HttpRequest<?> request, @Nullable @Body String body) {
        StaffForm form = posts.accept(request, body);
        SessionCookie.read(request, properties.getCookieName()).ifPresent(sessions::keepAlive);
        if ("fetch".equals(form.get("via"))) {
            return HttpResponse.noContent();
        }
        String back = form.get("returnTo");
        return HttpResponse.seeOther(URI.create(isSafeReturn(back) ? back : HOME));
    }

    /** Only a page of the back office itself: never another site, never a protocol-relative address. */
    static boolean isSafeReturn(String path) {
        return path != null && path.startsWith("/staff/") && !path.contains("//") && !path.contains("\\")
                && !path.startsWith("/staff/sign-") && path.length() < 200 && path.matches("[A-Za-z0-9/_.?=&%-]+");
    }

    private MutableHttpResponse<?> signedIn(HttpRequest<?> request, StaffUser user, String returnTo) {
        SessionCookie.read(request, properties.getCookieName()).ifPresent(sessions::end);
        String target = user.mustChangePassword() ? "/staff/password" : (isSafeReturn(returnTo) ? returnTo : HOME);
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(target));
        SessionCookie.write(request, response, connection.isHttps(request), properties.getCookieName(), sessions.start(user));
        return response;
    }

    /** A 429 that says, in words and in Retry-After, how long to wait. */
    private HttpResponse<?> tooMany(String email, String returnTo, long seconds, String key) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(new ModelAndView<>("staff/sign-in", page(email, returnTo,
                        List.of(Map.of("href", "#email", "text", msg.get(key, minutes))))));
    }

    private Map<String, String> error(String field, String key) {
        return Map.of("href", "#" + field, "text", msg.get(key), "field", field);
    }

    private Map<String, Object> page(String email, @Nullable String returnTo, List<Map<String, String>> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("returnTo", isSafeReturn(returnTo) ? returnTo : "");
        model.put("errors", errors);
        model.put("oidcHref", properties.getOidcClient().matches("[a-z0-9-]+") ? "/oauth/login/" + properties.getOidcClient() : null);
        model.put("emailError", errors.stream().filter(e -> "email".equals(e.get("field")) || !e.containsKey("field"))
                .map(e -> e.get("text")).findFirst().orElse(null));
        model.put("passwordError", errors.stream().filter(e -> "password".equals(e.get("field")))
                .map(e -> e.get("text")).findFirst().orElse(null));
        return model;
    }
}
