package uk.council.complaints.web;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20.6: the development CSRF key starts the portal only in the development environment. */
class CsrfKeyCheckTest {

    @Test
    void withTheDevelopmentKeyTheApplicationRefusesToStartOutsideDevelopment() {
        Map<String, Object> embedded = Map.of("datasources.default.url",
                "jdbc:h2:mem:csrf-check-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "portal.management.port", 0,
                // as application.yml's default, whatever test key the environments of this run set
                "micronaut.security.csrf.signature-key", CsrfKeyCheck.DEVELOPMENT_KEY);
        Throwable refused = assertThrows(RuntimeException.class, () -> ApplicationContext.builder()
                .deduceEnvironment(false).environments("prod").properties(embedded).start().close());
        StringBuilder messages = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("PORTAL_CSRF_SECRET is not set"), messages.toString());
    }

    @Test
    void onlyTheDevelopmentKeyOrNoneIsRefused() {
        assertTrue(CsrfKeyCheck.refuses(Set.of("prod"), CsrfKeyCheck.DEVELOPMENT_KEY));
        assertTrue(CsrfKeyCheck.refuses(Set.of(), ""));
        assertFalse(CsrfKeyCheck.refuses(Set.of("dev"), CsrfKeyCheck.DEVELOPMENT_KEY));
        assertFalse(CsrfKeyCheck.refuses(Set.of("prod"), "a-long-random-value-set-by-the-council"));
    }
}
