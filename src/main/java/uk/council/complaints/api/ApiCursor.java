package uk.council.complaints.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** Where a page of changed cases ended: the last case's change time and id, opaque to clients (base64url). */
record ApiCursor(Instant changedAt, long caseId) {
    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((changedAt + "|" + caseId).getBytes(StandardCharsets.UTF_8));
    }

    static ApiCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2) {
                throw new ApiBadRequest("cursor");
            }
            return new ApiCursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ApiBadRequest("cursor");
        }
    }
}
