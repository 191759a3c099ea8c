package uk.council.complaints.intake;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.intake.Journeys.step;

/**
 * Issue 20.1: saving hands the answers over to the emailed link. Two browsers with their own cookies: the one that
 * saved no longer sees or changes the answers, the one that opens the link gets them under a new id; the save emails
 * one address and one draft can be sent are limited. Issue 27.6: the link returns to the page saved from.
 */
@MicronautTest(transactional = false)
class SaveHandOverHttpTest {
    private static final Pattern LINK = Pattern.compile("/form/resume/([A-Za-z0-9_-]{43})");
    private static final String WORDS = "The social worker stopped visiting in the summer.";
    private static final String MOVED = "These answers were moved to the link we emailed";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void theSavingBrowserLosesTheAnswersAtOnceAndTheLinkGivesThemANewId() {
        FormClient library = new FormClient(server.getURI());
        String email = "handover-" + System.nanoTime() + "@example.org";
        String token = save(library, "what-happened", email);
        String savedId = draftCookie(library);

        Document saved = library.get("/form/saved").html();
        assertTrue(saved.text().contains(email), "the saved page says where the link went");
        assertTrue(saved.text().contains("Your answers are no longer in this browser"), saved.text());
        for (String page : new String[] {"/form/what-happened", "/form/which-service", "/form/check", "/form/save"}) {
            FormClient.Page after = library.get(page);
            assertEquals(410, after.status(), page);
            assertEquals(MOVED, after.html().selectFirst("h1").text(), page);
            assertFalse(after.html().text().contains(WORDS) || after.html().text().contains("Sam Example"), page);
        }
        assertEquals(410, library.post("/form/what-happened", "whatHappened", "changed by the next person").status());

        FormClient home = new FormClient(server.getURI());
        FormClient.Page resumed = home.submitFrom("/form/resume/" + token, "/form/resume/" + token);
        assertEquals("/form/what-happened", resumed.location(), "back to the page saved from (issue 27)");
        assertNotEquals(savedId, draftCookie(home), "a new draft id");
        assertEquals(WORDS, home.get("/form/what-happened").html().selectFirst("textarea[name=whatHappened]").wholeText().strip());
        step(home, "what-happened", "whatHappened", "Typed at home after carrying on.", "whenHappened-day", "1",
                "whenHappened-month", "6", "whenHappened-year", "2026");

        for (String page : new String[] {"/form/saved", "/form/what-happened", "/form/put-it-right"}) {
            FormClient.Page after = library.get(page);
            assertEquals(410, after.status(), page);
            assertEquals(MOVED, after.html().selectFirst("h1").text(), page);
            assertFalse(after.html().text().contains("Typed at home"), page);
        }
        assertEquals(0, count("select count(*) from draft where id = ?", savedId), "the saving browser's id is ended");
        assertEquals(200, library.get("/form/what-would-you-like-to-do").status(), "it can start a new form");
    }

    @Test
    void theEmailedLinkReturnsToThePageSavedFromInThisBrowserOrAnother() {
        FormClient phone = new FormClient(server.getURI());
        String mine = save(phone, "which-service", "same-" + System.nanoTime() + "@example.org");
        assertEquals("/form/which-service", phone.submitFrom("/form/resume/" + mine, "/form/resume/" + mine).location(),
                "opened in the browser that saved");
        assertEquals(200, phone.get("/form/which-service").status());

        FormClient other = new FormClient(server.getURI());
        String theirs = save(new FormClient(server.getURI()), "which-service", "other-" + System.nanoTime() + "@example.org");
        assertEquals("/form/which-service", other.submitFrom("/form/resume/" + theirs, "/form/resume/" + theirs).location(),
                "opened in another browser");
    }

    @Test
    void oneAddressIsSentAHandfulOfLinksADayWhateverTheDrafts() {
        String email = "stranger-" + System.nanoTime() + "@example.org";
        for (int i = 0; i < 5; i++) {
            save(new FormClient(server.getURI()), "which-service", i % 2 == 0 ? email : email.toUpperCase());
        }
        FormClient sixth = new FormClient(server.getURI());
        walkTo(sixth);
        sixth.post("/form/which-service", "service", "children-in-care", "saveForLater", "yes");
        FormClient.Page refused = sixth.post("/form/save?from=which-service", "saveEmail", email);
        assertEquals(429, refused.status());
        assertTrue(refused.title().startsWith("Error: "));
        assertTrue(refused.html().select(".govuk-error-summary a").text()
                .contains("We have sent as many links to this email address as we can today"));
        assertEquals(email, refused.html().selectFirst("input[name=saveEmail]").attr("value"));
        assertEquals(5, count("select count(*) from outbox_email where purpose = 'saved-draft' and lower(recipient) = ?", email));
        assertEquals(200, sixth.get("/form/which-service").status(), "not saved: the answers stay in this browser");
    }

    @Test
    void oneDraftIsSavedAHandfulOfTimes() {
        FormClient client = new FormClient(server.getURI());
        walkTo(client);
        for (int i = 0; i < 5; i++) {
            client.post("/form/which-service", "service", "children-in-care", "saveForLater", "yes");
            String email = "draft-" + i + "-" + System.nanoTime() + "@example.org";
            assertEquals(303, client.post("/form/save?from=which-service", "saveEmail", email).status());
            String token = lastLinkTo(tx, jdbc, email);
            assertEquals(303, client.submitFrom("/form/resume/" + token, "/form/resume/" + token).status());
        }
        client.post("/form/which-service", "service", "children-in-care", "saveForLater", "yes");
        FormClient.Page refused = client.post("/form/save?from=which-service", "saveEmail", "draft-6@example.org");
        assertEquals(429, refused.status());
        assertTrue(refused.html().select(".govuk-error-summary a").text()
                .contains("We have sent as many links for these answers as we can"));
    }

    private String save(FormClient client, String page, String email) {
        walkTo(client);
        if (page.equals("what-happened")) {
            client.post("/form/which-service", "service", "children-in-care");
        }
        FormClient.Page save = client.post("/form/" + page, page.equals("what-happened")
                ? new String[] {"whatHappened", WORDS, "whenHappened-day", "1", "whenHappened-month", "6",
                        "whenHappened-year", "2026", "saveForLater", "yes"}
                : new String[] {"service", "children-in-care", "saveForLater", "yes"});
        assertEquals("/form/save?from=" + page, save.location());
        FormClient.Page sent = client.post(save.location(), "saveEmail", email);
        assertEquals(303, sent.status(), () -> sent.html().select(".govuk-error-summary").text());
        assertEquals("/form/saved", sent.location());
        return lastLinkTo(tx, jdbc, email);
    }

    private static void walkTo(FormClient client) {
        step(client, "what-would-you-like-to-do", "purpose", "complaint");
        step(client, "who-are-you", "role", "parent");
        step(client, "is-a-child-at-risk", "riskNow", "no");
        step(client, "about-the-child", "childName", "Sam Example", "childAge", "9");
        step(client, "parental-responsibility", "parentalResponsibility", "yes");
        step(client, "call-back-offer", "wantsCallback", "no");
    }

    private static String draftCookie(FormClient client) {
        return client.cookieHeader().replaceAll(".*portal-draft=([^;]+).*", "$1");
    }

    /** The token of the last save link emailed to this address, read from the outbox. */
    static String lastLinkTo(TransactionOperations<Connection> tx, JdbcOperations jdbc, String address) {
        String body = tx.executeRead(status -> jdbc.prepareStatement("select text_body from outbox_email where"
                + " purpose = 'saved-draft' and recipient = ? order by id desc", st -> {
            st.setString(1, address);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "an email to " + address);
                return rs.getString(1);
            }
        }));
        Matcher m = LINK.matcher(body);
        assertTrue(m.find(), "the email has the link");
        return m.group(1);
    }

    private long count(String sql, String arg) {
        return count(tx, jdbc, sql, arg);
    }

    /** One number a query with one argument gives. */
    static long count(TransactionOperations<Connection> tx, JdbcOperations jdbc, String sql, String arg) {
        return tx.executeRead(status -> jdbc.prepareStatement(sql, st -> {
            st.setString(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
