package uk.council.complaints.staff;

import uk.council.complaints.web.ClientConnection;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * After a successful OIDC sign-in, the same database session as a password sign-in (ADR 0009): the rest
 * of the back office does not know or care how the person signed in.
 * <p>
 * The answer is a page of our own ("You are signed in", 200), not a redirect (ADR 0021): the callback is reached
 * from the identity provider's site, and a redirect would carry that cross-site start on to the queue, where the
 * browser would not send the new SameSite=Strict session cookie. The page moves on to the queue by itself (a meta
 * refresh, and a link), a navigation that starts on the portal's own site and so carries the cookie. Always the
 * queue: an OIDC sign-in honours no returnTo.
 */
@Singleton
class OpenIdLoginHandler implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {
    private final StaffUserRepository users;
    private final StaffSessions sessions;
    private final StaffProperties properties;
    private final ClientConnection connection;
    private final StaffAccessHandler access;

    OpenIdLoginHandler(StaffUserRepository users, StaffSessions sessions, StaffProperties properties,
                       ClientConnection connection, StaffAccessHandler access) {
        this.access = access;
        this.connection = connection;
        this.users = users;
        this.sessions = sessions;
        this.properties = properties;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        if (!(authentication.getAttributes().get(StaffActor.USER_ID) instanceof Number id)) {
            return access.oidcFailed();
        }
        return users.findById(id.longValue()).filter(StaffUser::active).<MutableHttpResponse<?>>map(user -> {
            MutableHttpResponse<?> response = access.page(request, HttpStatus.OK, "staff/signed-in",
                    Map.of("refreshTo", SignInController.HOME));
            SessionCookie.write(request, response, connection.isHttps(request), properties.getCookieName(), sessions.start(user));
            return response;
        }).orElseGet(access::oidcFailed);
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        return access.oidcFailed();
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse authenticationResponse, HttpRequest<?> request) {
        return access.oidcFailed();
    }

}
