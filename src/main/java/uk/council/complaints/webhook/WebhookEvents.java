package uk.council.complaints.webhook;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.timeline.CaseEventRecorded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns case events into webhook events, at the one point every feature records them (the timeline's
 * {@link CaseEventRecorded}, published in the recording transaction): the event and a delivery to every active endpoint
 * that wants its type commit with the action, or neither does. The body carries no personal data: the case's
 * reference, type, stage and status, and a link the receiver reads with its own API token.
 */
@Singleton
class WebhookEvents {
    private final WebhookEndpointRepository endpoints;
    private final WebhookEventRepository events;
    private final WebhookDeliveryRepository deliveries;
    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final String baseUrl;

    WebhookEvents(WebhookEndpointRepository endpoints, WebhookEventRepository events, WebhookDeliveryRepository deliveries,
                  JdbcOperations jdbc, JsonMapper json, Clock clock,
                  @Value("${portal.base-url:`http://localhost:8080`}") String baseUrl) {
        this.endpoints = endpoints;
        this.events = events;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /**
     * A case event as it is recorded. An imported case's earlier history (historic events: a register's closed cases,
     * their stages) is not news: the receiving system did not ask for history it already has (ADR 0031).
     */
    @EventListener
    void onRecorded(CaseEventRecorded recorded) {
        if (recorded.historic()) {
            return;
        }
        WebhookEventType.of(recorded.type()).ifPresent(type -> raise(recorded.caseId(), type, Map.of(), null));
    }

    /**
     * Stores the event and its deliveries to the endpoints that want it, in the caller's transaction. An overdue event
     * ({@code overdueKey} set) is stored even when no endpoint wants it, so it is raised once per case and deadline.
     */
    @Transactional
    void raise(long caseId, WebhookEventType type, Map<String, Object> more, String overdueKey) {
        List<WebhookEndpoint> wanting = endpoints.findByActiveOrderById(true).stream().filter(e -> e.wants(type)).toList();
        if (wanting.isEmpty() && overdueKey == null) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        events.save(new WebhookEvent(id, type.code(), caseId, body(caseId, type, now, more), now, overdueKey));
        deliveries.saveAll(wanting.stream().map(e -> WebhookDelivery.pending(e.id(), id, now)).toList());
    }

    private String body(long caseId, WebhookEventType type, Instant at, Map<String, Object> more) {
        Map<String, Object> data = jdbc.prepareStatement("select c.reference, c.kind, t.queue, c.status from complaint_case c"
                + " left join case_triage t on t.case_id = c.id where c.id = ?", ps -> {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("reference", rs.getString(1));
                d.put("type", rs.getString(2));
                d.put("stage", rs.getString(3));
                d.put("status", rs.getString(4));
                return d;
            }
        });
        data.putAll(more);
        data.put("links", Map.of("case", baseUrl + "/api/v1/cases/"
                + URLEncoder.encode((String) data.get("reference"), StandardCharsets.UTF_8)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.code());
        body.put("timestamp", at.toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
