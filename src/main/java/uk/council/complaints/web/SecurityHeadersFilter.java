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
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final CsrfGuard csrf;
    private final ClientConnection connection;

    SecurityHeadersFilter(CsrfGuard csrf, ClientConnection connection) {
        this.csrf = csrf;
        this.connection = connection;
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CSP);
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
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
