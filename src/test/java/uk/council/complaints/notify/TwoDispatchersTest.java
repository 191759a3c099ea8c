package uk.council.complaints.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.notify.MailTestSupport.*;

/** Two instances of the app on one PostgreSQL database, dispatching the same outbox at once, send each email once. */
@EnabledIfSystemProperty(named = "micronaut.environments", matches = ".*postgres.*")
class TwoDispatchersTest {
    private static final int EMAILS = 200;
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Test
    void eachEmailIsSentOnceByOneOfTheInstances() throws Exception {
        String tag = "[" + token(8) + "]";
        Map<String, Object> config = new HashMap<>(smtp(greenMail.getSmtp().getPort()));
        config.put("portal.mail.poll-interval", "20ms");
        config.put("portal.mail.batch-size", 5);
        Map<String, Object> configA = new HashMap<>(config);
        configA.put("portal.mail.instance-name", "instance-a");
        Map<String, Object> configB = new HashMap<>(config);
        configB.put("portal.mail.instance-name", "instance-b");
        try (ApplicationContext a = MailTestSupport.start(configA); ApplicationContext b = MailTestSupport.start(configB)) {
            // Extra dispatchers racing the scheduled ones, two per instance, from the moment the emails are there.
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService racers = Executors.newFixedThreadPool(4);
            Outbox outbox = a.getBean(Outbox.class);
            List<Long> ids = new ArrayList<>(inTransaction(a, () -> {
                List<Long> stored = new ArrayList<>();
                for (int i = 0; i < EMAILS; i++) {
                    stored.add(outbox.enqueue(new OutgoingEmail(null, EmailPurpose.TEAM_NOTIFICATION, "team" + (i % 7) + "@council.example",
                            null, tag + " email " + i, "Email " + i, "<p>Email " + i + "</p>", false)));
                }
                return stored;
            }));
            for (ApplicationContext context : List.of(a, b, a, b)) {
                Dispatcher dispatcher = context.getBean(Dispatcher.class);
                racers.submit(() -> {
                    while (running.get()) {
                        dispatcher.dispatchOnce();
                    }
                });
            }
            List<MimeMessage> arrived = await(greenMail::getReceivedMessages, tag, EMAILS, Duration.ofSeconds(90));
            Thread.sleep(1_000);
            running.set(false);
            racers.shutdown();
            assertTrue(racers.awaitTermination(30, TimeUnit.SECONDS));
            arrived = received(greenMail::getReceivedMessages, tag);

            Map<String, Long> copies = arrived.stream().collect(Collectors.groupingBy(MailTestSupport::subject, Collectors.counting()));
            assertEquals(EMAILS, copies.size(), "every email delivered");
            assertTrue(copies.values().stream().allMatch(n -> n == 1), "no email delivered twice: " + copies);
            assertEquals(EMAILS, arrived.size());

            OutboxAttemptRepository attempts = a.getBean(OutboxAttemptRepository.class);
            List<OutboxAttempt> all = ids.stream().flatMap(id -> attempts.findByEmailIdOrderById(id).stream()).toList();
            Map<String, Long> byInstance = all.stream().filter(t -> t.outcome().equals("sent"))
                    .collect(Collectors.groupingBy(t -> t.claimedBy().startsWith("instance-a") ? "a" : "b", Collectors.counting()));
            assertEquals(EMAILS, all.stream().filter(t -> t.outcome().equals("sent")).count());
            assertTrue(all.stream().noneMatch(t -> t.outcome().equals("duplicate")));
            System.out.printf("Two dispatchers on one PostgreSQL: %d emails, %d delivered, sent by instance %s%n",
                    EMAILS, arrived.size(), byInstance);
            assertTrue(byInstance.size() == 2, "both instances took part: " + byInstance);
        }
    }
}
