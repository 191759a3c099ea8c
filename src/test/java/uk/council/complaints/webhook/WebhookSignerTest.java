package uk.council.complaints.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's hand-written signing against the Standard Webhooks reference library (com.standardwebhooks 1.1.0). */
class WebhookSignerTest {
    private static final String BODY = "{\"type\":\"case.closed\",\"timestamp\":\"2026-12-07T09:00:00Z\","
            + "\"data\":{\"reference\":\"CMP-7Q2K-9XRD\",\"type\":\"COMPLAINT\",\"stage\":\"STAGE1\",\"status\":\"closed\"}}";

    @Test
    void theReferenceLibrarySignsTheSameAndAcceptsOurSignature() throws Exception {
        String secret = WebhookSigner.newSecret();
        long now = Instant.now().getEpochSecond();
        String ours = WebhookSigner.signature(secret, "msg_0123", now, BODY);
        assertEquals(new Webhook(secret).sign("msg_0123", now, BODY), ours);
        assertDoesNotThrow(() -> new Webhook(secret).verify(BODY, headers("msg_0123", now, ours)));
    }

    @Test
    void theSpecificationsExampleGivesItsSignature() {
        // The example of the Standard Webhooks specification and its reference libraries' tests.
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSigner.signature(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void aChangedBodyIdOrTimestampOrAnotherSecretFailsVerification() throws Exception {
        String secret = WebhookSigner.newSecret();
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSigner.signature(secret, "msg_1", now, BODY);
        Webhook receiver = new Webhook(secret);
        assertThrows(WebhookVerificationException.class, () -> receiver.verify(BODY.replace("closed", "open"), headers("msg_1", now, signature)));
        assertThrows(WebhookVerificationException.class, () -> receiver.verify(BODY, headers("msg_2", now, signature)));
        assertThrows(WebhookVerificationException.class, () -> receiver.verify(BODY, headers("msg_1", now + 1, signature)));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(WebhookSigner.newSecret())
                .verify(BODY, headers("msg_1", now, signature)));
        // A message older than the receiver's tolerance (5 minutes) is refused even when its signature is right: replays fail.
        long old = now - 600;
        assertThrows(WebhookVerificationException.class, () -> receiver.verify(BODY,
                headers("msg_1", old, WebhookSigner.signature(secret, "msg_1", old, BODY))));
    }

    @Test
    void aSecretIsWhsecAnd32RandomBytes() {
        String one = WebhookSigner.newSecret();
        assertTrue(one.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(one.substring(6)).length);
        assertNotEquals(one, WebhookSigner.newSecret());
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
