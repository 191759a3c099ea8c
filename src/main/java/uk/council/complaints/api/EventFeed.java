package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.timeline.CaseEvent;
import uk.council.complaints.timeline.CaseTimeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Timeline events for the API: one case's (through {@link CaseTimeline}), and every case's after an event id. The
 * feed leaves out the API's own reads (a client following the feed and reading each case would otherwise feed
 * itself), and events younger than the settle time: ids are given as events are written, and a transaction that took
 * an earlier id may commit a moment after a later one, so a client that remembered the later id would skip it.
 */
@Singleton
class EventFeed {
    private static final String SQL = """
            select e.id, c.reference, e.event_type, e.occurred_at, e.actor, e.detail
              from case_event e join complaint_case c on c.id = e.case_id
             where e.id > ? and e.occurred_at <= ? and e.event_type <> 'api-read'
             order by e.id limit ?""";
    private final JdbcOperations jdbc;
    private final CaseTimeline timeline;

    EventFeed(JdbcOperations jdbc, CaseTimeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    record Event(long id, String caseReference, String type, String occurredAt, String actor, @Nullable String detail) {
    }

    List<Event> forCase(long caseId, String reference) {
        return timeline.events(caseId).stream().map(e -> of(e, reference)).toList();
    }

    @Transactional
    List<Event> after(long afterId, Instant settledBy, int limit) {
        return jdbc.prepareStatement(SQL, st -> {
            CaseChanges.bind(st, List.of(afterId, CaseChanges.utc(settledBy), limit));
            List<Event> events = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getLong(1), rs.getString(2), rs.getString(3),
                            CaseChanges.instant(rs, 4).toString(), rs.getString(5), rs.getString(6)));
                }
            }
            return events;
        });
    }

    private static Event of(CaseEvent e, String reference) {
        return new Event(e.id(), reference, e.eventType(), e.occurredAt().toString(), e.actor(), e.detail());
    }
}
