package uk.council.complaints.intake;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With the production limits (60 posts a draft, 1,500 an address per 10 minutes), 20 families completing a
 * complaint behind one shared connection in a few minutes (a library, the council's contact centre) all get through.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.rate-limit.capacity", value = "60")
@Property(name = "portal.rate-limit.per-address-capacity", value = "1500")
class SharedConnectionHttpTest {
    @Inject
    EmbeddedServer server;

    @Test
    void twentyCompleteJourneysFromOneAddressSucceed() {
        Set<String> references = new HashSet<>();
        for (int family = 1; family <= 20; family++) {
            FormClient client = new FormClient(server.getURI());
            Journeys.parentComplaint(client, "family" + family + "@example.org");
            references.add(Journeys.submit(client));
        }
        assertEquals(20, references.size(), "twenty complaints, twenty references");
    }
}
