package uk.council.complaints.notify;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.council.complaints.timeline.CaseEventRecorded;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;

/**
 * Each step of a complaint the person must hear about (extension, response, Stage 2 and 3 outcomes, closure)
 * queues them an email, in the action's own transaction, when they gave an address. Without one, staff print
 * the same words as a letter from the case page.
 */
@Singleton
class TellThePerson {
    private final PersonNotices notices;
    private final Outbox outbox;
    private final Clock clock;

    TellThePerson(PersonNotices notices, Outbox outbox, Clock clock) {
        this.notices = notices;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void onRecorded(CaseEventRecorded event) {
        if (!PersonStep.of(event.type()).map(PersonStep::emailed).orElse(false)) {
            return;
        }
        notices.about(event.caseId(), event.type(), ClockFactory.today(clock), Long.MAX_VALUE, event.detail())
                .filter(n -> n.email() != null && !n.email().isBlank())
                .ifPresent(n -> outbox.enqueue(n.asEmail()));
    }
}
