package uk.council.complaints.intake;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.council.complaints.evidence.EvidenceProperties;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.StepValidator;

/** The public journey as this portal is configured: the evidence page only when a virus scanner is. */
@Factory
class JourneyFactory {

    @Singleton
    Journey journey(EvidenceProperties evidence) {
        return new Journey(new StepValidator(), evidence.offered());
    }
}
