package uk.council.complaints.youngperson;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Records, and answers, "was the leaflet shared with this person, and when?". */
@Singleton
public class LeafletEvents {
    private final LeafletEventRepository repository;
    private final Clock clock;

    LeafletEvents(LeafletEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public void record(long caseId, LeafletEvent.Type type) {
        repository.save(new LeafletEvent(null, caseId, type, clock.instant()));
    }

    @Transactional
    public List<LeafletEvent> forCase(long caseId) {
        return repository.findByCaseIdOrderByOccurredAt(caseId);
    }
}
