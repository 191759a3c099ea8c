package uk.council.complaints.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.notify.MailTestSupport.*;

/** The SMTP server is down while 50 submissions arrive: all succeed, and every email goes exactly once when it is back. */
class SmtpOutageTest {
    private static final int SUBMISSIONS = 50;

    @Test
    void fiftySubmissionsDuringAnOutageAreAllDeliveredOnceWhenTheServerComesBack() throws Exception {
        int port = freePort();
        Map<String, Object> config = new HashMap<>(smtp(port));
        config.putAll(ownSchema("outage"));
        config.put("portal.mail.backoff-base", "20ms");
        config.put("portal.mail.backoff-max", "200ms");
        config.put("portal.mail.max-attempts", 10_000);
        config.put("portal.mail.batch-size", 20);
        String tag = token(6);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (ApplicationContext context = MailTestSupport.start(config)) {
            Outbox outbox = context.getBean(Outbox.class);
            CaseEmails emails = context.getBean(CaseEmails.class);
            OutboxRepository rows = context.getBean(OutboxRepository.class);
            OutboxAttemptRepository attempts = context.getBean(OutboxAttemptRepository.class);

            // Nothing listens on the port: every send fails. Submissions still succeed, and fast.
            ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> submitMillis = new ConcurrentLinkedQueue<>();
            ExecutorService people = Executors.newFixedThreadPool(5);
            List<Future<?>> submissions = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                String reference = "F" + tag + "-" + String.format("%03d", i);
                submissions.add(people.submit(() -> {
                    long start = System.nanoTime();
                    inTransaction(context, () -> {
                        SubmittedCase c = saveCase(context, reference, "Person " + reference, "p" + reference + "@example.org", null);
                        ids.add(outbox.enqueue(emails.acknowledgement(new AckDetails(c.id(), reference, c.who().email(), c.who().submitterName(),
                                SubmissionKind.COMPLAINT, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 7), false))));
                        ids.add(outbox.enqueue(emails.teamNotification(new TeamNotice(c.id(), reference, "Corporate", "normal", null))));
                        return c;
                    });
                    submitMillis.add((System.nanoTime() - start) / 1_000_000);
                }));
            }
            for (Future<?> submission : submissions) {
                submission.get(60, TimeUnit.SECONDS);
            }
            people.shutdown();
            assertEquals(SUBMISSIONS * 2, ids.size(), "every submission stored its two emails");

            // One email meets the outage; after it the dispatcher asks the server at each poll and tries no email,
            // so none uses up its attempts (about 20 polls here).
            awaitTrue(() -> ids.stream().anyMatch(id -> rows.findById(id).orElseThrow().attempts() >= 1),
                    Duration.ofSeconds(60), "an email met the outage");
            Thread.sleep(1_000);
            assertEquals(1, ids.stream().mapToInt(id -> rows.findById(id).orElseThrow().attempts()).sum(),
                    "one email tried while the server is down, and only once");
            long failedBefore = ids.stream().mapToLong(id -> attempts.findByEmailIdOrderById(id).size()).sum();
            assertTrue(ids.stream().noneMatch(id -> rows.findById(id).orElseThrow().sentAt() != null), "nothing sent yet");
            assertTrue(received(smtp::getReceivedMessages, "").isEmpty());

            long up = System.nanoTime();
            smtp.start();
            List<MimeMessage> arrived = await(smtp::getReceivedMessages, "F" + tag + "-", SUBMISSIONS * 2, Duration.ofSeconds(60));
            long deliveredMillis = (System.nanoTime() - up) / 1_000_000;
            // A few more polls: anything sent twice would show now.
            Thread.sleep(1_000);
            arrived = received(smtp::getReceivedMessages, "F" + tag + "-");

            Map<String, Long> copies = new HashMap<>();
            for (MimeMessage m : arrived) {
                copies.merge(m.getAllRecipients()[0] + " " + m.getSubject(), 1L, Long::sum);
            }
            assertEquals(SUBMISSIONS * 2, arrived.size(), "every email delivered");
            assertEquals(SUBMISSIONS * 2, copies.size(), "every email distinct");
            assertTrue(copies.values().stream().allMatch(n -> n == 1), "no email delivered twice: " + copies);
            for (int i = 0; i < SUBMISSIONS; i++) {
                String reference = "F" + tag + "-" + String.format("%03d", i);
                long forCase = arrived.stream().filter(m -> subject(m).contains(reference)).count();
                assertEquals(2, forCase, "acknowledgement and team notification of " + reference);
            }
            Map<String, Long> outcomes = ids.stream().flatMap(id -> attempts.findByEmailIdOrderById(id).stream())
                    .collect(Collectors.groupingBy(OutboxAttempt::outcome, Collectors.counting()));
            assertEquals(SUBMISSIONS * 2L, outcomes.get("sent"));
            assertTrue(ids.stream().allMatch(id -> "sent".equals(rows.findById(id).orElseThrow().status())));

            List<Long> millis = submitMillis.stream().sorted().toList();
            System.out.printf("SMTP outage: %d submissions (%d emails) all stored while the server was down (submission median %d ms, "
                            + "slowest %d ms); %d failed attempts by the time it came back, %d in all; delivered %d, each once, "
                            + "in %d ms after it came back; attempts by outcome %s%n",
                    SUBMISSIONS, ids.size(), millis.get(millis.size() / 2), millis.get(millis.size() - 1), failedBefore,
                    outcomes.get("failed"), arrived.size(), deliveredMillis, outcomes);
        } finally {
            smtp.stop();
        }
    }
}
