package uk.council.complaints.api;

import io.micronaut.security.authentication.Authentication;

/**
 * The API client making a call, for controllers under /api/ (e.g. the import's Idempotency-Key is per client):
 * {@code ApiCaller.of(authentication)}.
 */
public record ApiCaller(long clientId, String name) {
    static final String CLIENT_ID = "apiClientId";
    static final String CLIENT_NAME = "apiClientName";

    public static ApiCaller of(Authentication authentication) {
        Object id = authentication.getAttributes().get(CLIENT_ID);
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("not an API client");
        }
        return new ApiCaller(number.longValue(), String.valueOf(authentication.getAttributes().get(CLIENT_NAME)));
    }

}
