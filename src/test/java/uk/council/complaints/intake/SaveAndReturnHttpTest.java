package uk.council.complaints.intake;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.intake.Journeys.step;

/** Save and come back later: the emailed single-use link, its expiry on a clock the test moves, and the draft it keeps. */
@MicronautTest(transactional = false)
class SaveAndReturnHttpTest {
    private static final Pattern LINK = Pattern.compile("/form/resume/([A-Za-z0-9_-]{43})");
    private static final String WORDS = "The social worker stopped visiting in the summer.";
    static final MovableClock CLOCK = new MovableClock();

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DraftStore drafts;
    @Inject
    uk.council.complaints.web.Messages msg;
    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void theLinkResumesTheDraftOnAnotherDeviceOnceAndTheEmailHoldsNoAnswers() {
        FormClient phone = new FormClient(server.getURI());
        String email = "save-" + System.nanoTime() + "@example.org";
        String token = saveAtWhatHappened(phone, email, WORDS);

        List<String[]> sent = emailsTo(email);
        assertEquals(1, sent.size(), "one email, through the outbox");
        String mail = sent.get(0)[0] + sent.get(0)[1] + sent.get(0)[2];
        for (String answer : List.of("Sam Example", WORDS, "children-in-care", "Children in care", "Alex")) {
            assertFalse(mail.contains(answer), "the email holds no answers: " + answer);
        }
        assertTrue(sent.get(0)[1].contains("The link works until"), "the email says when it expires");
        assertEquals(1, count("select count(*) from draft_saved_link where token_hash = ?", SaveForLater.hash(token)),
                "only the hash is kept");
        assertEquals(0, count("select count(*) from draft_saved_link where token_hash = ?", token));
        Instant expires = savedDraftExpiry(token);
        assertTrue(expires.isAfter(CLOCK.instant().plus(Duration.ofDays(27))), "kept for the saved period: " + expires);

        FormClient laptop = new FormClient(server.getURI());
        FormClient.Page open = laptop.get("/form/resume/" + token);
        assertEquals(200, open.status());
        FormClient.Page resumed = laptop.submitFrom("/form/resume/" + token, "/form/resume/" + token);
        assertEquals(303, resumed.status());
        assertEquals("/form/what-happened", resumed.location(), "the page the person saved from (issue 27)");
        assertEquals(WORDS, laptop.get("/form/what-happened").html().selectFirst("textarea[name=whatHappened]").wholeText().strip());
        assertTrue(draftExpiry(laptop).isBefore(CLOCK.instant().plus(Duration.ofHours(2))), "back on the idle timeout");
        step(laptop, "put-it-right", "outcomesSought", "apology");
        step(laptop, "court-proceedings", "courtProceedings", "no");
        step(laptop, "raised-before", "raisedBefore", "no");
        step(laptop, "advocate-for-the-child", "childAdvocate", "no");
        step(laptop, "contact-details", "fullName", "Alex Parent", "email", email, "preferredContact", "email");
        step(laptop, "communication-needs");
        step(laptop, "equality-monitoring");
        assertTrue(Journeys.submit(laptop).matches("^[2-9A-Z]{4}-[2-9A-Z]{4}$"));

        FormClient third = new FormClient(server.getURI());
        FormClient.Page again = third.get("/form/resume/" + token);
        assertEquals(410, again.status());
        assertEquals("This link has already been used", again.html().selectFirst("h1").text());
        assertEquals(410, third.submitFrom("/", "/form/resume/" + token).status(), "a second use is refused");
    }

    @Test
    void whileSavedTheDraftOutlivesTheIdleTimeoutAndTheLinkExpiresAfterTheSavedDays() {
        FormClient phone = new FormClient(server.getURI());
        String token = saveAtWhatHappened(phone, "later-" + System.nanoTime() + "@example.org", WORDS);
        CLOCK.move(Duration.ofHours(3));
        drafts.deleteExpired();
        assertEquals(200, new FormClient(server.getURI()).get("/form/resume/" + token).status(),
                "not deleted after 60 idle minutes");

        CLOCK.move(Duration.ofDays(28));
        FormClient laptop = new FormClient(server.getURI());
        FormClient.Page expired = laptop.get("/form/resume/" + token);
        assertEquals(410, expired.status());
        assertEquals("This link has expired", expired.html().selectFirst("h1").text());
        drafts.deleteExpired();
        FormClient.Page gone = laptop.get("/form/resume/" + token);
        assertEquals(410, gone.status());
        assertEquals("This link has expired or has already been used", gone.html().selectFirst("h1").text());
        assertTrue(gone.html().select("a[href=/]").eachText().contains("Start again"));
    }

    @Test
    void resumedTheAnswersAreBackOnTheIdleTimeout() {
        FormClient phone = new FormClient(server.getURI());
        String token = saveAtWhatHappened(phone, "notice-" + System.nanoTime() + "@example.org", WORDS);
        FormClient laptop = new FormClient(server.getURI());
        assertEquals(303, laptop.submitFrom("/form/resume/" + token, "/form/resume/" + token).status());
        org.jsoup.nodes.Document resumed = laptop.get("/form/put-it-right").html();
        assertTrue(resumed.text().contains("We keep your answers for 60 minutes"), "resumed: back on the idle timeout");
        assertFalse(resumed.select(".app-timeout-warning").isEmpty());
    }

    @Test
    void aWrongLinkSaysSoAndABadAddressIsAskedAgainWithTheAnswerKept() {
        assertEquals(410, new FormClient(server.getURI()).get("/form/resume/not-a-link").status());
        assertEquals(410, new FormClient(server.getURI()).get("/form/resume/" + "A".repeat(43)).status());

        FormClient client = new FormClient(server.getURI());
        step(client, "what-would-you-like-to-do", "purpose", "complaint");
        FormClient.Page save = client.post("/form/who-are-you", "role", "parent", "saveForLater", "yes");
        assertEquals("/form/save?from=who-are-you", save.location());
        FormClient.Page bad = client.post("/form/save?from=who-are-you", "saveEmail", "alex@");
        assertEquals(422, bad.status());
        assertTrue(bad.title().startsWith("Error: "));
        assertEquals("alex@", bad.html().selectFirst("input[name=saveEmail]").attr("value"));
        assertTrue(bad.html().select(".govuk-error-summary a").text().contains("correct format"));
        assertEquals(303, client.post("/form/save?from=who-are-you", "saveEmail", "alex@example.org").status());
        FormClient.Page saved = client.get("/form/saved?from=who-are-you");
        assertTrue(saved.html().text().contains("alex@example.org"), "says where the link went");
        assertTrue(saved.html().text().contains("The link works until"), "and until when");
    }

    @Test
    void anAnswerNotValidYetIsKeptWhenSaving() {
        FormClient client = new FormClient(server.getURI());
        walkToWhatHappened(client);
        String tooLong = "x".repeat(5001);
        FormClient.Page save = client.post("/form/what-happened", "whatHappened", tooLong, "saveForLater", "yes");
        assertEquals("/form/save?from=what-happened&check=yes", save.location());
        FormClient.Page ask = client.get(save.location());
        assertTrue(ask.html().text().contains("one needs checking"));
        assertEquals(tooLong, client.get("/form/what-happened").html().selectFirst("textarea[name=whatHappened]").wholeText().strip());
    }

    private String saveAtWhatHappened(FormClient client, String email, String words) {
        walkToWhatHappened(client);
        FormClient.Page save = client.post("/form/what-happened", "whatHappened", words, "whenHappened-day", "1",
                "whenHappened-month", "6", "whenHappened-year", "2026", "saveForLater", "yes");
        assertEquals(303, save.status());
        assertEquals("/form/save?from=what-happened", save.location());
        assertEquals(200, client.get(save.location()).status());
        FormClient.Page sent = client.post(save.location(), "saveEmail", email);
        assertEquals(303, sent.status(), () -> sent.html().select(".govuk-error-summary").text());
        FormClient.Page saved = client.get(sent.location());
        assertTrue(saved.html().text().contains(email));
        Matcher m = LINK.matcher(emailsTo(email).get(0)[1]);
        assertTrue(m.find(), "the email has the link");
        return m.group(1);
    }

    static void walkToWhatHappened(FormClient client) {
        step(client, "what-would-you-like-to-do", "purpose", "complaint");
        step(client, "who-are-you", "role", "parent");
        step(client, "is-a-child-at-risk", "riskNow", "no");
        step(client, "about-the-child", "childName", "Sam Example", "childAge", "9");
        step(client, "parental-responsibility", "parentalResponsibility", "yes");
        step(client, "call-back-offer", "wantsCallback", "no");
        step(client, "which-service", "service", "children-in-care");
    }

    private List<String[]> emailsTo(String address) {
        return tx.executeRead(status -> jdbc.prepareStatement("select subject, text_body, html_body from outbox_email where purpose = 'saved-draft'"
                + " and recipient = ? order by id", st -> {
            st.setString(1, address);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            return rows;
        }));
    }

    private long count(String sql, String arg) {
        return SaveHandOverHttpTest.count(tx, jdbc, sql, arg);
    }

    private Instant savedDraftExpiry(String token) {
        return tx.executeRead(status -> jdbc.prepareStatement("select d.expires_at from draft d join draft_saved_link l"
                + " on l.draft_id = d.id where l.token_hash = ?", st -> {
            st.setString(1, SaveForLater.hash(token));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }));
    }

    private Instant draftExpiry(FormClient client) {
        String id = client.cookieHeader().replaceAll(".*portal-draft=([^;]+).*", "$1");
        return tx.executeRead(status -> jdbc.prepareStatement("select expires_at from draft where id = ?", st -> {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }));
    }

    /** The app's clock, moved forward by the test. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        void move(Duration by) {
            now.updateAndGet(i -> i.plus(by));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
