package uk.council.complaints.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's list answers as JSON objects (dates and times ISO 8601, codes as in the CSV export). Items are maps, like
 * the case document; the pages around them are records whose lists are always written.
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

    /**
     * A page of cases: {@code cases} is always there, [] when nothing matches, and {@code nextCursor} null on the last
     * page (the portal's JSON leaves out empty members, so a map here answered {} for an empty page).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CasesPage(List<Map<String, Object>> cases, @Nullable String nextCursor) {
    }

    /** Events, always there ([] when none); {@code nextAfter} for the feed, left out for one case's timeline. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EventsPage(List<Map<String, Object>> events,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nextAfter) {
    }

    static CasesPage cases(List<CaseChanges.Row> rows, @Nullable String nextCursor) {
        return new CasesPage(rows.stream().map(ApiViews::item).toList(), nextCursor);
    }

    static EventsPage events(List<EventFeed.Event> events, @Nullable String nextAfter) {
        return new EventsPage(events.stream().map(ApiViews::event).toList(), nextAfter);
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
