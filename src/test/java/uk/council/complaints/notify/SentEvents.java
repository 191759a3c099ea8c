package uk.council.complaints.notify;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test listener: what a case feature would hear when its emails go. */
@Singleton
class SentEvents {
    private final List<EmailSent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void onSent(EmailSent event) {
        events.add(event);
    }

    List<EmailSent> forCase(long caseId) {
        return events.stream().filter(e -> e.caseId() != null && e.caseId() == caseId).toList();
    }
}
