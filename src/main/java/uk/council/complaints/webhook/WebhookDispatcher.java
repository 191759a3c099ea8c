package uk.council.complaints.webhook;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.council.complaints.notify.OutboxClaims;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends due webhook deliveries as notify.Dispatcher sends emails (ADR 0008, 0024, 0030): a batch claimed in a short
 * transaction in this run's name, each posted outside it, each outcome recorded, retried with the outbox's backoff.
 * An endpoint that cannot be reached is tried once a poll: the rest of its batch goes back untried, attempts uncounted,
 * due when the one tried is. Logs carry ids and event types only.
 */
@Singleton
class WebhookDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private final WebhookStore store;
    private final WebhookSender sender;
    private final WebhookEndpointRepository endpoints;
    private final WebhookEventRepository events;
    private final OutboxClaims claims;
    private final Clock clock;
    private volatile boolean stopping;

    WebhookDispatcher(WebhookStore store, WebhookSender sender, WebhookEndpointRepository endpoints,
                      WebhookEventRepository events, OutboxClaims claims, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.endpoints = endpoints;
        this.events = events;
        this.claims = claims;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${portal.webhooks.poll-interval:5s}", initialDelay = "${portal.webhooks.initial-delay:5s}")
    void poll() {
        try {
            while (!stopping && dispatchOnce() == claims.batchSize()) {
                // a full batch: there may be more waiting
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.warn("Webhook poll failed: {}", e.getClass().getName());
            }
        }
    }

    /** Claims one batch and posts it; how many were claimed. */
    int dispatchOnce() {
        Instant now = clock.instant();
        String claimant = claims.newClaimant();
        List<WebhookDelivery> batch = store.claim(claimant, claims.batchSize(), now, now.plus(claims.claimTimeout()));
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Long, WebhookEndpoint> byId = endpoints.findAllOrderById().stream()
                .collect(Collectors.toMap(WebhookEndpoint::id, Function.identity()));
        Map<String, WebhookEvent> eventById = events.findByIdIn(batch.stream().map(WebhookDelivery::eventId).toList())
                .stream().collect(Collectors.toMap(WebhookEvent::id, Function.identity()));
        Map<Long, Instant> away = new HashMap<>();
        for (WebhookDelivery d : batch) {
            if (stopping) {
                break; // what is left waits for its claim to run out, or for this instance's next start
            }
            if (away.containsKey(d.endpointId())) {
                store.release(List.of(d.id()), claimant, away.get(d.endpointId()));
                continue;
            }
            Instant retryAt = deliver(d, byId.get(d.endpointId()), eventById.get(d.eventId()), claimant);
            if (retryAt != null) {
                away.put(d.endpointId(), retryAt);
            }
        }
        return batch.size();
    }

    /** Posts one delivery and records the outcome; when the endpoint could not be reached, when to try it again. */
    private Instant deliver(WebhookDelivery d, WebhookEndpoint endpoint, WebhookEvent event, String claimant) {
        WebhookSender.Outcome outcome = sender.send(endpoint, event);
        Instant at = clock.instant();
        if (outcome instanceof WebhookSender.Delivered ok) {
            store.sent(d, claimant, at);
            LOG.info("Webhook {} ({}) delivered to endpoint {}: HTTP {}", event.id(), event.eventType(), endpoint.id(), ok.status());
            return null;
        }
        if (outcome instanceof WebhookSender.Refused refused) {
            LOG.warn("Webhook {} to endpoint {} not sent: {}", event.id(), endpoint.id(), refused.error());
            return store.failed(d, claimant, at, refused.error(), null) ? at : null;
        }
        // An endpoint switched off by this failure is away too: the rest of its batch goes back untried.
        String error = outcome instanceof WebhookSender.Failed f ? f.error() : ((WebhookSender.Unreachable) outcome).error();
        boolean lastTry = d.attempts() >= claims.maxAttempts();
        Instant retryAt = lastTry ? null : at.plus(claims.backoff(d.attempts()));
        boolean off = store.failed(d, claimant, at, error, retryAt);
        LOG.warn("Webhook delivery {} to endpoint {}, attempt {}: {}{}", d.id(), endpoint.id(), d.attempts(), error,
                lastTry ? ", no more tries" : ", will try again");
        if (off || outcome instanceof WebhookSender.Unreachable) {
            return off || retryAt == null ? at : retryAt;
        }
        return null;
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
