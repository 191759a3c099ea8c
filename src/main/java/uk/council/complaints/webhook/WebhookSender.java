package uk.council.complaints.webhook;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Posts one event to one endpoint with the Standard Webhooks headers, signed at the moment of sending. The address is
 * checked again first (AddressGuard); redirects are never followed, so a receiver cannot send the portal elsewhere.
 */
@Singleton
class WebhookSender {
    private final AddressGuard guard;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(AddressGuard guard, WebhookProperties properties, Clock clock) {
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.getTimeout()).build();
    }

    /** What became of one try. */
    sealed interface Outcome {
    }

    record Delivered(int status) implements Outcome {
    }

    /** The receiver answered, but not with 2xx: tried again after the backoff. */
    record Failed(String error) implements Outcome {
    }

    /** The receiver could not be reached at all (refused, timed out): its endpoint's other deliveries wait too. */
    record Unreachable(String error) implements Outcome {
    }

    /** The address may no longer be used (it resolves to a private address now): not tried, not retried. */
    record Refused(String error) implements Outcome {
    }

    Outcome send(WebhookEndpoint endpoint, WebhookEvent event) {
        Optional<String> problem = guard.problem(endpoint.url());
        if (problem.isPresent()) {
            return problem.get().endsWith("unknownHost") ? new Unreachable("The host name does not resolve")
                    : new Refused("The address is not allowed now (" + problem.get().substring(problem.get().lastIndexOf('.') + 1) + ")");
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(properties.getTimeout())
                .header("content-type", "application/json")
                .header("user-agent", "complaints-portal-webhooks")
                .header("webhook-id", event.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.signature(endpoint.secret(), event.id(), timestamp, event.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(event.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Delivered(status) : new Failed("HTTP " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unreachable("Interrupted");
        } catch (IOException e) {
            return new Unreachable(e.getClass().getSimpleName());
        }
    }
}
