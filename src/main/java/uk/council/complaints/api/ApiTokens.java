package uk.council.complaints.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: 256 random bits, base64url, after a {@code portal_} prefix that secret scanners and people recognise.
 * Only the SHA-256 of the whole token is stored: with 256 bits of entropy no dictionary or brute force can reverse
 * it, so a slow password hash (bcrypt) would add only cost to every call (docs/adr/0029).
 */
final class ApiTokens {
    static final String PREFIX = "portal_";
    /** The prefix and 43 base64url characters. */
    static final int LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return token.length() == LENGTH && token.startsWith(PREFIX)
                && token.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
