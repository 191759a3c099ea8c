package uk.council.complaints.youngperson;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "portal.advocacy.provider-name", value = "")
@Property(name = "portal.council.phone", value = "0300 555 0111")
class NoAdvocacyServiceTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void withNoServiceConfiguredTheLeafletSaysToAskTheComplaintsTeam() {
        String html = client.toBlocking().retrieve("/advocacy");
        assertTrue(html.contains("Ask the complaints team for an advocate. Call 0300 555 0111"), html);
        assertFalse(html.contains("Our advocacy service is"));
    }
}
