package uk.council.complaints.youngperson;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.council.complaints.notify.EmailSent;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.store.TriageService;

/** Once an email with the leaflet has really gone, the case says so: an event with its time, and the flag. */
@Singleton
class RecordLeafletEmailed {
    private final LeafletEvents leaflet;
    private final TriageService triage;

    RecordLeafletEmailed(LeafletEvents leaflet, TriageService triage) {
        this.leaflet = leaflet;
        this.triage = triage;
    }

    @EventListener
    void onEmailSent(EmailSent sent) {
        if (sent.includesLeaflet() && sent.caseId() != null) {
            leaflet.record(sent.caseId(), LeafletEvent.Type.EMAILED);
            triage.addFlag(sent.caseId(), Flag.LEAFLET_SENT);
        }
    }
}
