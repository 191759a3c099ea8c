package uk.council.complaints.web;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "not available right now" page in a browser (issue 23), scanned with axe on a desktop and on a phone: the
 * database does not answer the page's statement in time (another session holds the drafts' rows, and the wait for
 * them runs out: H2's lock timeout, PostgreSQL's statement timeout), the person reads the page in the service's
 * words, goes back to the page they were on, and carries on once the database answers again.
 */
@MicronautTest(transactional = false)
class DatabaseUnavailableBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver resolver;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.database.statement-timeout", "2s");
        return properties;
    }

    @Test
    void thePageSaysTryAgainInAFewMinutesAndBackReturnsToTheQuestion() throws Exception {
        unavailableThenBack();
    }

    @Test
    @Mobile
    void thePageSaysTryAgainInAFewMinutesOnAPhone() throws Exception {
        unavailableThenBack();
    }

    private void unavailableThenBack() throws Exception {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("A parent, or someone with parental responsibility");
        try (Connection blocker = resolver.resolve(dataSource).getConnection(); Statement lock = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            lock.executeQuery("SELECT id FROM draft FOR UPDATE").close();
            form.next();
            form.on("Sorry, the service is not available right now");
            assertTrue(page.content().contains("The answers you gave on earlier pages are saved: try again in a few minutes"));
            blocker.rollback();
        }
        page.goBack();
        form.on("Who are you?").choose("A parent, or someone with parental responsibility").next();
        form.on("Do you think a child is at risk of harm right now?");
    }
}
