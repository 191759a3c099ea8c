package uk.council.complaints.triage;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: the corporate services come from {@code portal.corporate.services}, checked at start-up as the routing is:
 * a code that is no service stops the portal with words that name it, instead of sending those complaints to Stage 1.
 */
class CorporateServicesStartupTest {

    @Test
    void anUnknownCorporateServiceStopsThePortalNamingIt() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> ApplicationContext.run(
                Map.of("portal.corporate.services", "sen-ehcp,holiday-fund"), "test").close());
        String messages = causes(e);
        assertTrue(messages.contains("portal.corporate.services names the service 'holiday-fund', which is not one of ["),
                messages);
    }

    @Test
    void aSignpostedServiceCannotBeCorporate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorporateServices.of(java.util.List.of("school")));
        assertTrue(e.getMessage().contains("'school'"), e.getMessage());
    }

    @Test
    void theConfiguredServicesAreTheOnesTriageSendsToTheCorporateQueue() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of("portal.corporate.services", "fostering"), "test")) {
            assertEquals(new CorporateServices(java.util.Set.of("fostering")), ctx.getBean(CorporateServices.class));
        }
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
