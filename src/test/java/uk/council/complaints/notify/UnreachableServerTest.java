package uk.council.complaints.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.notify.MailTestSupport.*;

/**
 * While the mail server cannot be reached, one email meets the outage and the rest are not tried: they keep their
 * attempts however long it lasts, and the first poll after the server answers again sends them all.
 */
class UnreachableServerTest {
    private static final int WAITING = 45;

    @Test
    void oneEmailMeetsAnOutageAndTheRestWaitUntriedUntilTheServerAnswers() throws Exception {
        int port = freePort();
        Map<String, Object> config = new HashMap<>(smtp(port));
        config.putAll(ownSchema("unreachable"));
        config.put("portal.mail.batch-size", 20);
        config.put("portal.mail.backoff-base", "1ms");
        config.put("portal.mail.initial-delay", "1h"); // only the polls this test makes
        String tag = "[" + token(8) + "]";
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (ApplicationContext context = MailTestSupport.start(config)) {
            OutboxRepository rows = context.getBean(OutboxRepository.class);
            OutboxAttemptRepository attempts = context.getBean(OutboxAttemptRepository.class);
            Dispatcher dispatcher = context.getBean(Dispatcher.class);
            // Due long ago, so that these come before anything other tests left in a shared database.
            Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < WAITING; i++) {
                ids.add(rows.save(new OutboxEmail(null, null, "team-notification", TEAM_MAILBOX, null, tag + " email " + i,
                        "text", "<p>html</p>", false, "pending", 0, longAgo.plusSeconds(i), null, longAgo, null, null,
                        null)).id());
            }

            dispatcher.poll();

            List<OutboxEmail> after = ids.stream().map(id -> rows.findById(id).orElseThrow()).toList();
            OutboxEmail tried = after.get(0);
            assertEquals(1, tried.attempts(), "the first email was tried");
            assertEquals("pending", tried.status());
            assertTrue(tried.lastError().startsWith("MailConnectException"), tried.lastError());
            assertEquals(List.of("failed"), attempts.findByEmailIdOrderById(tried.id()).stream().map(OutboxAttempt::outcome).toList());
            for (OutboxEmail untried : after.subList(1, WAITING)) {
                assertEquals(0, untried.attempts(), "email " + untried.id() + " keeps its attempts");
                assertEquals("pending", untried.status());
                assertNull(untried.claimedBy());
                assertNull(untried.claimedUntil());
                assertTrue(untried.nextAttemptAt().isBefore(Instant.now().plus(1, ChronoUnit.SECONDS)), "due again at once");
                assertTrue(attempts.findByEmailIdOrderById(untried.id()).isEmpty(), "no attempt recorded");
            }

            Thread.sleep(20); // the first email's backoff: due again, with the rest
            dispatcher.poll();
            dispatcher.poll();
            assertEquals(1, attempts.findByEmailIdOrderById(tried.id()).size(), "while the server is away, nothing is tried");
            assertTrue(ids.stream().skip(1).allMatch(id -> rows.findById(id).orElseThrow().attempts() == 0));

            smtp.start();
            dispatcher.poll();
            assertEquals(WAITING, received(smtp::getReceivedMessages, tag).size(), "one poll sends the whole backlog");
            assertTrue(ids.stream().allMatch(id -> "sent".equals(rows.findById(id).orElseThrow().status())));
        } finally {
            smtp.stop();
        }
    }
}
