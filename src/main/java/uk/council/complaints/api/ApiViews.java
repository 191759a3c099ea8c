package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's list answers as JSON objects (dates and times ISO 8601, codes as in the CSV export). Maps, like the case
 * document: the portal's JSON is Jackson through Micronaut's bean introspection, which nothing else here uses.
 */
final class ApiViews {
    private ApiViews() {
    }

    static Map<String, Object> item(CaseChanges.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", r.reference());
        m.put("kind", r.kind());
        m.put("stage", r.stage());
        m.put("status", r.status());
        m.put("queue", r.queue());
        m.put("priority", r.priority());
        m.put("receivedOn", r.receivedOn().toString());
        m.put("submittedAt", r.submittedAt().toString());
        m.put("changedAt", r.changedAt().toString());
        m.put("href", "/api/v1/cases/" + r.reference());
        return m;
    }

    static Map<String, Object> cases(List<CaseChanges.Row> rows, @Nullable String nextCursor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cases", rows.stream().map(ApiViews::item).toList());
        m.put("nextCursor", nextCursor);
        return m;
    }

    static Map<String, Object> events(List<EventFeed.Event> events, @Nullable String nextAfter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", events.stream().map(ApiViews::event).toList());
        if (nextAfter != null) {
            m.put("nextAfter", nextAfter);
        }
        return m;
    }

    private static Map<String, Object> event(EventFeed.Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("caseReference", e.caseReference());
        m.put("type", e.type());
        m.put("occurredAt", e.occurredAt());
        m.put("actor", e.actor());
        CaseDocument.putIf(m, "detail", e.detail());
        return m;
    }
}
