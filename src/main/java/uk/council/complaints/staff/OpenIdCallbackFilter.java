package uk.council.complaints.staff;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * micronaut-security-oauth2 answers a bare 401 when the identity provider's ID token does not validate
 * (signature, issuer, audience, nonce, expiry): the person is sent back to the sign-in page, which says why.
 */
@ServerFilter("/oauth/callback/**")
class OpenIdCallbackFilter {
    private final StaffAccessHandler access;

    OpenIdCallbackFilter(StaffAccessHandler access) {
        this.access = access;
    }

    @ResponseFilter
    HttpResponse<?> refused(MutableHttpResponse<?> response) {
        return response.getStatus() == HttpStatus.UNAUTHORIZED ? access.oidcFailed() : response;
    }
}
