package uk.council.complaints.web;

import io.micronaut.http.MutableHttpResponse;

/**
 * The security headers of every page (DESIGN section 7), for the responses the filter does not see too: a refusal
 * made by the security filter (the staff 403 page, issue 21) is answered before the later filters run.
 */
public final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** The headers every response carries, whatever its path; set, not added, so none is ever sent twice. */
    public static void add(MutableHttpResponse<?> response) {
        response.getHeaders().set("Content-Security-Policy", CSP);
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().set("X-Frame-Options", "DENY");
        response.getHeaders().set("Referrer-Policy", "same-origin");
        response.getHeaders().set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    /** A page's: never kept in a shared cache, for it holds personal answers. */
    public static void addForPage(MutableHttpResponse<?> response) {
        add(response);
        response.getHeaders().set("Cache-Control", "no-store");
    }
}
