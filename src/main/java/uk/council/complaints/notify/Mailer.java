package uk.council.complaints.notify;

import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import uk.council.complaints.web.CouncilProperties;

/** Sends outbox emails over SMTP with micronaut-email's composer and this context's own session. */
@Singleton
class Mailer {
    private final PortalSessionProvider sessions;
    private final MessageComposer composer;
    private final MailProperties properties;
    private final CouncilProperties council;

    Mailer(PortalSessionProvider sessions, MessageComposer composer, MailProperties properties, CouncilProperties council) {
        this.sessions = sessions;
        this.composer = composer;
        this.properties = properties;
        this.council = council;
    }

    boolean isConfigured() {
        return properties.isEnabled() && sessions.hasHost();
    }

    /** A connection for one batch: opened at its first email, closed at the end. */
    Batch batch() {
        return new Batch();
    }

    /** Builds the message: strict recipient, one-line name and subject, text and HTML parts, a stable Message-ID. */
    private MimeMessage compose(OutboxEmail row, InternetAddress to) throws MessagingException {
        String name = MailText.oneLine(row.recipientName(), MailText.MAX_NAME);
        Email.Builder email = Email.builder()
                .from(new Contact(from(), MailText.oneLine(fromName(), MailText.MAX_NAME)))
                .to(name.isEmpty() ? new Contact(to.getAddress()) : new Contact(to.getAddress(), name))
                .subject(MailText.oneLine(row.subject(), MailText.MAX_SUBJECT))
                .body(new MultipartBody(row.htmlBody(), row.textBody()));
        if (!council.getEmail().isBlank()) {
            email.replyTo(council.getEmail());
        }
        MimeMessage composed = (MimeMessage) composer.compose(email.build(), sessions.session());
        MimeMessage message = new StableIdMessage(composed, messageId(row));
        // RFC 3834: out-of-office replies should not answer an automatic email.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(OutboxEmail row) throws Rejected {
        try {
            return MailText.strictAddress(row.recipient());
        } catch (AddressException e) {
            throw new Rejected("Invalid recipient address");
        }
    }

    private String from() {
        return properties.getFrom().isBlank() ? council.getEmail() : properties.getFrom();
    }

    private String fromName() {
        return properties.getFromName().isBlank() ? council.getName() : properties.getFromName();
    }

    /** The same Message-ID on every try, so a mail system that sees an email twice can tell. */
    private String messageId(OutboxEmail row) {
        String from = from();
        String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1) : "localhost";
        return "<outbox-" + row.id() + "-" + row.createdAt().toEpochMilli() + "@" + domain + ">";
    }

    /**
     * One SMTP connection reused for a batch: a new connection per email costs a handshake (and TLS)
     * each time. A dropped connection is opened again at the next email.
     */
    final class Batch implements AutoCloseable {
        private Transport transport;

        /**
         * @throws Rejected when the email can never be sent as it is (bad address, refused by the server)
         * @throws Unreachable when no connection to the server could be made (worth another try later)
         * @throws MessagingException for anything else worth another try (timeout, 4xx)
         */
        void send(OutboxEmail row) throws MessagingException, Rejected {
            // Connected before the message is built: while the server is away, each try costs a refused connection,
            // not a MIME message as well (the address is still checked first: a bad one is refused in an outage too).
            InternetAddress to = recipient(row);
            Transport transport = connected();
            MimeMessage message = compose(row, to);
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (SendFailedException e) {
                boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                        && (e.getValidSentAddresses() == null || e.getValidSentAddresses().length == 0);
                if (refused) {
                    throw new Rejected("Recipient refused by the mail server");
                }
                throw e;
            } catch (MessagingException e) {
                close();
                throw e;
            }
        }

        /** Connects now, with no email: whether the server answers again after an outage. */
        void connect() throws Unreachable {
            try {
                connected();
            } catch (Unreachable e) {
                throw e;
            } catch (MessagingException e) {
                throw new Unreachable(e);
            }
        }

        private Transport connected() throws MessagingException {
            // isConnected asks the server (NOOP), so a connection it dropped is noticed here.
            if (transport == null || !transport.isConnected()) {
                close();
                transport = sessions.session().getTransport();
                try {
                    transport.connect();
                } catch (MessagingException e) {
                    transport = null;
                    throw new Unreachable(e);
                }
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // closing a connection that failed: nothing to do
                }
                transport = null;
            }
        }
    }

    /** Jakarta Mail sets a new Message-ID whenever a message is saved; this keeps ours. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(MimeMessage source, String id) throws MessagingException {
            super(source);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    /** The mail server could not be reached at all: whatever the email, the next one would fail the same way. */
    static final class Unreachable extends MessagingException {
        Unreachable(MessagingException cause) {
            super("The mail server could not be reached", cause);
        }
    }

    /** An email that will never go as it is: failed at once, not retried. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
