package uk.council.complaints.notify;

import io.micronaut.context.ApplicationContext;
import jakarta.mail.Session;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings proposed for application.yml (application-mailtest.yml) bind, and without a host nothing is sent. */
class MailConfigurationTest {
    /** These contexts close at once: no poll should start while they do. */
    private static final Map<String, Object> QUIET = Map.of("portal.mail.initial-delay", "1h");

    /** Micronaut schedules @Scheduled methods in the background at startup; closing sooner logs errors. */
    private static void settle() throws InterruptedException {
        Thread.sleep(500);
    }

    @Test
    void theEmbeddedDefaultHasNoSmtpHostAndKeepsEmailsWaiting() throws Exception {
        try (ApplicationContext context = MailTestSupport.start(QUIET, "mailtest")) {
            MailProperties mail = context.getBean(MailProperties.class);
            assertTrue(mail.isEnabled());
            assertEquals(30, mail.getMaxAttempts());
            assertEquals(Duration.ofMinutes(5), mail.getClaimTimeout());
            assertEquals(Duration.ofMinutes(1), mail.getBackoffBase());
            assertEquals(Duration.ofHours(1), mail.getBackoffMax());
            assertFalse(context.getBean(Mailer.class).isConfigured());
            Session session = context.getBean(PortalSessionProvider.class).session();
            assertEquals("587", session.getProperty("mail.smtp.port"));
            assertEquals("true", session.getProperty("mail.smtp.starttls.required"));
            assertEquals("20000", session.getProperty("mail.smtp.timeout"), "a silent server cannot hold a batch");
            settle();
        }
    }

    @Test
    void aHostTurnsSendingOnAndDisablingTurnsItOff() throws Exception {
        try (ApplicationContext context = MailTestSupport.start(
                Map.of("javamail.properties.mail.smtp.host", "smtp.council.example", "portal.mail.initial-delay", "1h"), "mailtest")) {
            assertTrue(context.getBean(Mailer.class).isConfigured());
            assertEquals("smtp.council.example", context.getBean(PortalSessionProvider.class).session().getProperty("mail.smtp.host"));
            settle();
        }
        try (ApplicationContext context = MailTestSupport.start(
                Map.of("javamail.properties.mail.smtp.host", "smtp.council.example", "portal.mail.enabled", false,
                        "portal.mail.initial-delay", "1h"), "mailtest")) {
            assertFalse(context.getBean(Mailer.class).isConfigured());
            settle();
        }
    }
}
