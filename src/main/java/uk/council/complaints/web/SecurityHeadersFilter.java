package uk.council.complaints.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The security headers every response carries (DESIGN section 7). No page has inline script or
 * style, so the policy needs no 'unsafe-inline' and no nonces.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {
    static final String CSP = SecurityHeaders.CSP;

    private final CsrfGuard csrf;
    private final ClientConnection connection;

    SecurityHeadersFilter(CsrfGuard csrf, ClientConnection connection) {
        this.csrf = csrf;
        this.connection = connection;
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        SecurityHeaders.add(response);
        if (connection.isHttps(request)) {
            response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!request.getPath().startsWith("/assets/")) {
            // Pages hold personal answers: never keep them in a shared cache.
            response.getHeaders().set("Cache-Control", "no-store");
        }
        csrf.writeCookie(request, response);
    }
}
