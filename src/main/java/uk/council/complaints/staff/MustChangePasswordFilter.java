package uk.council.complaints.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

import java.net.URI;
import java.util.Set;

/** Someone signed in with a temporary password can do nothing but choose their own (or sign out). */
@ServerFilter("/staff/**")
class MustChangePasswordFilter implements Ordered {
    private static final Set<String> ALLOWED = Set.of("/staff/password", "/staff/sign-out", "/staff/keep-alive", "/staff/sign-in");

    @RequestFilter
    @Nullable
    HttpResponse<?> redirect(HttpRequest<?> request) {
        boolean mustChange = request.getUserPrincipal(Authentication.class)
                .map(a -> StaffActor.of(a).mustChangePassword()).orElse(false);
        if (mustChange && !ALLOWED.contains(request.getPath())) {
            return HttpResponse.seeOther(URI.create("/staff/password"));
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
