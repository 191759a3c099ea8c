package uk.council.complaints.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 26: as shipped (application.yml turns it on; the other tests turn it off), the portal asks for its own start
 * page and first question page once it listens, and both are served whole, so the first visitor gets a warm page.
 */
@MicronautTest
@Property(name = "portal.warm-up.enabled", value = "true")
class FirstPageWarmUpTest {
    @Inject
    FirstPageWarmUp warmUp;

    @Test
    void theStartPageAndFirstQuestionAreServedOnceTheServerListens() throws InterruptedException {
        for (int i = 0; i < 600 && warmUp.statusLines().size() < FirstPageWarmUp.PATHS.size(); i++) {
            Thread.sleep(50);
        }
        assertEquals(List.of("HTTP/1.1 200 OK", "HTTP/1.1 200 OK"), warmUp.statusLines());
    }
}
