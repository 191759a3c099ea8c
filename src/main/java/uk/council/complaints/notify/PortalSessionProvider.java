package uk.council.complaints.notify;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * The mail session of this application context. micronaut-email's default uses
 * {@code Session.getDefaultInstance}, one session for the whole JVM: a second context (a test, or a
 * second app in one JVM) would send to the first one's SMTP server. {@code Session.getInstance} is ours alone.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
class PortalSessionProvider implements SessionProvider {
    static final String HOST = "mail.smtp.host";
    private static final String TIMEOUT_MS = "20000";
    private final Session session;

    PortalSessionProvider(@Nullable MailPropertiesProvider configured, @Nullable Authenticator authenticator) {
        Properties properties = new Properties();
        if (configured != null) {
            // As strings: Jakarta Mail reads most settings with getProperty, which ignores numbers from YAML.
            configured.mailProperties().forEach((key, value) -> properties.setProperty(key.toString(), String.valueOf(value)));
        }
        properties.putIfAbsent("mail.transport.protocol", "smtp");
        // A silent server must not hold a claimed batch for ever.
        properties.putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.putIfAbsent("mail.smtp.timeout", TIMEOUT_MS);
        properties.putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MS);
        if (authenticator != null) {
            properties.putIfAbsent("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(properties, authenticator);
    }

    @Override
    public Session session() {
        return session;
    }

    /** No SMTP host (the embedded default): nothing is sent and emails wait in the outbox. */
    boolean hasHost() {
        String host = session.getProperty(HOST);
        return host != null && !host.isBlank();
    }
}
