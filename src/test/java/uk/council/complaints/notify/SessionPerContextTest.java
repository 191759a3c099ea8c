package uk.council.complaints.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.javamail.sender.SessionProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static uk.council.complaints.notify.MailTestSupport.*;

/** Two application contexts in one JVM each send to their own SMTP server (micronaut-email's default session is JVM-wide). */
class SessionPerContextTest {
    @RegisterExtension
    static GreenMailExtension first = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    @RegisterExtension
    static GreenMailExtension second = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Test
    void eachContextUsesItsOwnServer() throws Exception {
        String tag = token(8);
        try (ApplicationContext one = MailTestSupport.start(smtp(first.getSmtp().getPort()));
             ApplicationContext two = MailTestSupport.start(smtp(second.getSmtp().getPort()))) {
            assertInstanceOf(PortalSessionProvider.class, one.getBean(SessionProvider.class));
            assertNotSame(one.getBean(SessionProvider.class).session(), two.getBean(SessionProvider.class).session());
            // micronaut-email's own sender, which takes its session from the provider.
            send(one, "first " + tag);
            send(two, "second " + tag);
            assertEquals(1, await(first::getReceivedMessages, "first " + tag, 1, Duration.ofSeconds(10)).size());
            assertEquals(1, await(second::getReceivedMessages, "second " + tag, 1, Duration.ofSeconds(10)).size());
            assertEquals(0, received(first::getReceivedMessages, "second " + tag).size());
            assertEquals(0, received(second::getReceivedMessages, "first " + tag).size());
        }
    }

    @SuppressWarnings("unchecked")
    private static void send(ApplicationContext context, String subject) {
        context.getBean(EmailSender.class).send(Email.builder().from("no-reply@council.example")
                .to("someone@council.example").subject(subject).body("test"));
    }
}
