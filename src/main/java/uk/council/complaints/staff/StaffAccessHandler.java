package uk.council.complaints.staff;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Not signed in: to the sign-in page (saying so when the session timed out), coming back afterwards.
 * Signed in without the role: a 403 page in the staff layout. Elsewhere nothing is secured, so a
 * refusal there can only be a path that does not exist.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class StaffAccessHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    private final StaffProperties properties;

    StaffAccessHandler(StaffProperties properties) {
        this.properties = properties;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
        String path = request.getPath();
        if (!path.startsWith("/staff")) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("errors/not-found", Map.of()));
        }
        if (e.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("staff/forbidden", Map.of()));
        }
        boolean expired = request.getAttribute(SessionAuthenticationFetcher.EXPIRED, Boolean.class).orElse(false);
        String target = "/staff/sign-in" + (expired ? "?expired=yes" : "");
        if (request.getMethod().name().equals("GET") && !path.equals("/staff") && SignInController.isSafeReturn(path)) {
            target += (expired ? "&" : "?") + "returnTo=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(target));
        if (expired) {
            SessionCookie.clear(request, response, properties.getCookieName());
        }
        return response;
    }
}
