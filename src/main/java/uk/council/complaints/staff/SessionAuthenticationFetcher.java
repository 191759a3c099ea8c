package uk.council.complaints.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Who is signed in, from the staff session cookie and the {@code staff_session} table. The roles of
 * the {@link Authentication} are the account's role and those below it ({@link StaffRole#grantedRoles()}).
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    /** Set when the cookie named a session that has timed out, so the sign-in page can say so. */
    static final String EXPIRED = "portal.staff.session-expired";
    static final String COOKIE_ID = "portal.staff.session-id";

    private final StaffSessions sessions;
    private final StaffProperties properties;
    private final ExecutorService blocking;

    SessionAuthenticationFetcher(StaffSessions sessions, StaffProperties properties,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.sessions = sessions;
        this.properties = properties;
        this.blocking = executor;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!request.getPath().startsWith("/staff")) {
            return Publishers.empty();
        }
        // The lookup is a database read: off the event loop.
        return SessionCookie.read(request, properties.getCookieName())
                .map(id -> Publishers.fromCompletableFuture(() ->
                        CompletableFuture.supplyAsync(() -> authenticate(request, id), blocking)))
                .orElseGet(Publishers::empty);
    }

    private Authentication authenticate(HttpRequest<?> request, String cookieId) {
        StaffSessions.Lookup lookup = sessions.find(cookieId);
        if (lookup.expired()) {
            request.setAttribute(EXPIRED, true);
        }
        return lookup.user().map(user -> {
            request.setAttribute(COOKIE_ID, cookieId);
            return Authentication.build(user.email(), user.role().grantedRoles(),
                    Map.of(StaffActor.USER_ID, user.id(), StaffActor.NAME, user.displayName(),
                            StaffActor.MUST_CHANGE_PASSWORD, user.mustChangePassword()));
        }).orElse(null);
    }
}
