package uk.council.complaints.webhook;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What an admin does with endpoints: register, see the deliveries, resend one, switch off, delete, rotate the secret. */
@Singleton
class WebhookAdmin {
    /** The deliveries an endpoint's page lists, newest first. */
    static final int SHOWN = 50;
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookEventRepository events;
    private final Clock clock;

    WebhookAdmin(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, WebhookEventRepository events,
                 Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    /** A new endpoint and its secret, which is shown to the admin once. The URL was checked by the caller. */
    @Transactional
    WebhookEndpoint register(String url, List<WebhookEventType> types, String actor) {
        String codes = types.stream().map(WebhookEventType::code).collect(Collectors.joining(" "));
        return endpoints.save(new WebhookEndpoint(null, url, codes, WebhookSigner.newSecret(), true, clock.instant(),
                actor, null, null, null));
    }

    List<WebhookEndpoint> all() {
        return endpoints.findAllOrderById();
    }

    Optional<WebhookEndpoint> find(long id) {
        return endpoints.findById(id);
    }

    /** One delivery as the admin sees it: the event's id and type, and how its sending went. */
    record Row(long id, String eventId, String eventType, String status, int attempts, @Nullable String lastError,
               Instant createdAt, @Nullable Instant sentAt, @Nullable Instant nextAttemptAt) {
    }

    @Transactional
    List<Row> deliveries(long endpointId) {
        List<WebhookDelivery> latest = deliveries.findLatest(endpointId, SHOWN);
        Map<String, WebhookEvent> byId = events.findByIdIn(latest.stream().map(WebhookDelivery::eventId).toList()).stream()
                .collect(Collectors.toMap(WebhookEvent::id, Function.identity()));
        return latest.stream().map(d -> new Row(d.id(), d.eventId(), byId.get(d.eventId()).eventType(), d.status(),
                d.attempts(), d.lastError(), d.createdAt(), d.sentAt(),
                WebhookDelivery.PENDING.equals(d.status()) ? d.nextAttemptAt() : null)).toList();
    }

    /** The same event again, same webhook-id, with a fresh set of attempts; false unless it was sent or had failed. */
    @Transactional
    boolean resend(long endpointId, long deliveryId) {
        return deliveries.updateResend(deliveryId, endpointId, clock.instant()) == 1;
    }

    /** An admin's choice: it clears the portal's own switching off, and the failures counted towards it. */
    @Transactional
    void setActive(long id, boolean active) {
        endpoints.findById(id).ifPresent(e -> endpoints.update(e.withActive(active)));
        endpoints.resetFailures(id);
    }

    /** A new secret, in use from the next delivery; the old one stops working at once. */
    @Transactional
    Optional<WebhookEndpoint> rotate(long id) {
        return endpoints.findById(id).map(e -> endpoints.update(e.withSecret(WebhookSigner.newSecret(), clock.instant())));
    }

    /**
     * The endpoint and its deliveries go; events other endpoints still have stay. Deliveries first, then the endpoint:
     * the order the dispatcher takes them in (WebhookDeliveryRepository.lockAllOfEndpoint).
     */
    @Transactional
    void delete(long id) {
        deliveries.lockAllOfEndpoint(id);
        deliveries.deleteAllOfEndpoint(id);
        endpoints.deleteById(id);
    }
}
