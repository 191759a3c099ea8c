package uk.council.complaints.intake;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.council.complaints.evidence.EvidenceProperties;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.StepValidator;

/**
 * The public journey as this portal is configured: the evidence page only when a virus scanner is, and how many
 * children one request may name.
 */
@Factory
class JourneyFactory {

    @Singleton
    Journey journey(EvidenceProperties evidence, @Value("${portal.children.max:6}") int maxChildren) {
        // At least the one child the page always asks about.
        return new Journey(new StepValidator(Math.max(1, maxChildren)), evidence.offered());
    }
}
