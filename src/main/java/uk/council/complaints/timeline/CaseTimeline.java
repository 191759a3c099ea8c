package uk.council.complaints.timeline;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * The audit timeline of a case, for every feature: staff actions, views, emails sent, leaflet events.
 * Events are only ever added, in the caller's transaction, so an action and its record commit together.
 */
@Singleton
public class CaseTimeline {
    /** The portal itself (triage, scheduled work). */
    public static final String SYSTEM = "System";
    /** The person who sent the request, through the public form. */
    public static final String PUBLIC = "The person who sent it";
    static final int MAX_DETAIL = 2000;
    static final int MAX_ACTOR = 300;

    private final CaseEventRepository events;
    private final Clock clock;
    private final ApplicationEventPublisher<CaseEventRecorded> publisher;

    CaseTimeline(CaseEventRepository events, Clock clock, ApplicationEventPublisher<CaseEventRecorded> publisher) {
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Adds one event, now. Long details are cut rather than refused: the record matters more. */
    @Transactional
    public CaseEvent record(long caseId, String actor, CaseEventType type, @Nullable String detail) {
        CaseEvent saved = events.save(new CaseEvent(null, caseId, clock.instant(), cut(actor, MAX_ACTOR), type.code(),
                cut(detail, MAX_DETAIL)));
        publisher.publishEvent(new CaseEventRecorded(caseId, actor, type, detail, HistoricRecording.active()));
        return saved;
    }

    /** One event to add with others on the same case, in one batch. */
    public record Entry(String actor, CaseEventType type, @Nullable String detail) {
    }

    /** Adds several events to one case, now, in one batch (a new case's "sent" and "triaged"). */
    @Transactional
    public void record(long caseId, List<Entry> entries) {
        var now = clock.instant();
        events.saveAll(entries.stream().map(e -> new CaseEvent(null, caseId, now, cut(e.actor(), MAX_ACTOR), e.type().code(),
                cut(e.detail(), MAX_DETAIL))).toList());
        boolean historic = HistoricRecording.active();
        entries.forEach(e -> publisher.publishEvent(new CaseEventRecorded(caseId, e.actor(), e.type(), e.detail(), historic)));
    }

    /** The same event on many cases at once (an export), in one batch. */
    @Transactional
    public void recordAll(Collection<Long> caseIds, String actor, CaseEventType type, @Nullable String detail) {
        var now = clock.instant();
        events.saveAll(caseIds.stream()
                .map(id -> new CaseEvent(null, id, now, cut(actor, MAX_ACTOR), type.code(), cut(detail, MAX_DETAIL))).toList());
    }

    /** Every event on a case, oldest first. */
    @Transactional
    public List<CaseEvent> events(long caseId) {
        return events.findByCaseIdOrderById(caseId);
    }

    private static String cut(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
