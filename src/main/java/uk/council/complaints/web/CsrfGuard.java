package uk.council.complaints.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;

/**
 * Signed double-submit CSRF tokens from micronaut-security-csrf, checked by each form handler
 * once the whole body has arrived (the library's filter fails on slow bodies: docs/adr/0003-csrf.md).
 * The token is issued on GET, so anonymous public forms are protected too.
 */
@Singleton
public class CsrfGuard {
    private static final String ISSUED = "portal.csrf.issued";
    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final CsrfConfiguration configuration;
    private final ClientConnection connection;

    public CsrfGuard(CsrfTokenGenerator<HttpRequest<?>> generator, CsrfTokenValidator<HttpRequest<?>> validator,
                     CsrfConfiguration configuration, ClientConnection connection) {
        this.generator = generator;
        this.validator = validator;
        this.configuration = configuration;
        this.connection = connection;
    }

    /** The token for this client's forms: the one in its cookie if still valid, or a new one. */
    public String tokenFor(HttpRequest<?> request) {
        return request.getAttribute(ISSUED, String.class).orElseGet(() -> {
            String existing = request.getCookies().findCookie(configuration.getCookieName())
                    .map(Cookie::getValue).orElse("");
            String token = !existing.isEmpty() && validator.validateCsrfToken(request, existing)
                    ? existing : generator.generateCsrfToken(request);
            request.setAttribute(ISSUED, token);
            return token;
        });
    }

    public boolean isValid(HttpRequest<?> request, String formToken) {
        return formToken != null && !formToken.isBlank() && validator.validateCsrfToken(request, formToken);
    }

    public String fieldName() {
        return configuration.getFieldName();
    }

    /** Sets the cookie when this request issued a new token. */
    void writeCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ISSUED, String.class).ifPresent(token -> {
            String existing = request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue).orElse("");
            if (!token.equals(existing)) {
                response.cookie(Cookie.of(configuration.getCookieName(), token).path("/").httpOnly(true)
                        .sameSite(SameSite.Lax).secure(connection.isHttps(request)));
            }
        });
    }
}
