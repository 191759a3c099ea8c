package uk.council.complaints.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The staff session cookie: a 256-bit random id, sent only to /staff, never readable by script, and only on requests
 * that start on the portal's own site (SameSite=Strict, ADR 0021): a link or form on another site reaches the back
 * office without it. The OIDC sign-in therefore ends on a page of our own (OpenIdLoginHandler), not a redirect.
 */
final class SessionCookie {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionCookie() {
    }

    static String newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the database keeps: a stolen table holds no usable session. */
    static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> read(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> v.length() == 43);
    }

    /** {@code https}: the person's connection was https (see web.ClientConnection), so the cookie is Secure. */
    static void write(HttpRequest<?> request, MutableHttpResponse<?> response, boolean https, String name, String id) {
        response.cookie(Cookie.of(name, id).path("/staff").httpOnly(true).sameSite(SameSite.Strict).secure(https));
    }

    static void clear(HttpRequest<?> request, MutableHttpResponse<?> response, boolean https, String name) {
        response.cookie(Cookie.of(name, "").path("/staff").httpOnly(true).sameSite(SameSite.Strict).secure(https).maxAge(0));
    }
}
