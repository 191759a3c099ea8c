package uk.council.complaints.staff;

import uk.council.complaints.web.ClientConnection;
import uk.council.complaints.web.ProblemDetails;
import uk.council.complaints.web.SecurityHeaders;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StaffAccessHandler.class);
    private final StaffProperties properties;
    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final ClientConnection connection;
    private final ProblemDetails problems;

    StaffAccessHandler(StaffProperties properties, ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer,
                       ClientConnection connection, ProblemDetails problems) {
        this.connection = connection;
        this.problems = problems;
        this.properties = properties;
        this.renderer = renderer;
    }

    /**
     * Rendered here: the refusal comes from the security filter, before the views filter would see a
     * ModelAndView, so the page is turned into HTML now (with the same model decoration as any page). The OIDC
     * sign-in's own page (OpenIdLoginHandler) is answered the same way.
     */
    MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String view, Map<String, Object> model) {
        return renderer.render(new ModelAndView<>(view, new java.util.HashMap<>(model)), request, MediaType.TEXT_HTML)
                .<MutableHttpResponse<?>>map(html -> HttpResponse.status(status)
                        .contentType(MediaType.TEXT_HTML + ";charset=utf-8").body(html))
                .map(response -> {
                    // Answered before the later filters run: the security headers of every page (issue 21).
                    SecurityHeaders.addForPage(response);
                    return response;
                })
                .orElseGet(() -> HttpResponse.status(status));
    }

    /** An OIDC sign-in that did not end in a staff session: logged without values, shown on the sign-in page. */
    MutableHttpResponse<?> oidcFailed() {
        LOG.warn("Refused an OIDC sign-in: no active staff account for it, or its ID token did not validate");
        return HttpResponse.seeOther(URI.create("/staff/sign-in?oidc=failed"));
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
        String path = request.getPath();
        if (ProblemDetails.isApi(request)) {
            // No valid API token (a staff cookie is no token): 401; a token without the route's scope: 403 (issue 25).
            return problems.answer(request, e.isForbidden() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED);
        }
        if (!path.startsWith("/staff")) {
            return page(request, HttpStatus.NOT_FOUND, "errors/error", Map.of("page", "not-found"));
        }
        if (e.isForbidden()) {
            return page(request, HttpStatus.FORBIDDEN, "staff/forbidden", Map.of());
        }
        boolean expired = request.getAttribute(SessionAuthenticationFetcher.EXPIRED, Boolean.class).orElse(false);
        String target = "/staff/sign-in" + (expired ? "?expired=yes" : "");
        if (request.getMethod().name().equals("GET") && !path.equals("/staff") && SignInController.isSafeReturn(path)) {
            target += (expired ? "&" : "?") + "returnTo=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(target));
        if (expired) {
            SessionCookie.clear(request, response, connection.isHttps(request), properties.getCookieName());
        }
        return response;
    }
}
