package uk.council.complaints.intake;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.net.CookieManager;
import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Behind a load balancer: a draft started on one instance is carried on by another. */
@MicronautTest(transactional = false)
class SecondInstanceHttpTest {
    @Inject
    EmbeddedServer first;
    @Inject
    Environment environment;

    @Test
    void aSecondInstanceOnTheSameDatabaseCarriesOnTheDraft() {
        String url = environment.getRequiredProperty("datasources.default.url", String.class);
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class,
                Map.of("datasources.default.url", url, "micronaut.server.port", -1), "test")) {
            FormClient onFirst = new FormClient(first.getURI());
            Journeys.step(onFirst, "what-would-you-like-to-do", "purpose", "compliment");
            FormClient onSecond = onFirst.sameCookiesAt(second.getURI());
            FormClient.Page page = onSecond.get("/form/your-feedback");
            assertEquals(200, page.status(), "the second instance knows the draft");
            Journeys.step(onSecond, "your-feedback", "feedbackType", "thanks", "feedbackMessage", "Thank you");
            assertEquals(303, onFirst.get("/form/check").status(), "back on the first, the next page is asked for");
            assertEquals("/form/contact-details", onFirst.get("/form/check").location());
        }
    }
}
