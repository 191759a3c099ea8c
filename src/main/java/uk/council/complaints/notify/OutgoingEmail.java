package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;

import java.util.Objects;

/**
 * An email ready for the outbox: built by {@link CaseEmails}, stored by {@link Outbox#enqueue}.
 * The subject and the name are cut to one safe line here, so nothing typed into a form can reach a
 * mail header as more than text. The address is checked strictly by the outbox: a bad one fails
 * that email (visible in the outbox), never the submission that caused it.
 */
public record OutgoingEmail(
        @Nullable Long caseId,
        EmailPurpose purpose,
        String recipient,
        @Nullable String recipientName,
        String subject,
        String textBody,
        String htmlBody,
        boolean includesLeaflet) {

    public OutgoingEmail {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        recipient = Objects.requireNonNull(recipient, "recipient").strip();
        String name = MailText.oneLine(recipientName, MailText.MAX_NAME);
        recipientName = name.isEmpty() ? null : name;
        subject = MailText.oneLine(Objects.requireNonNull(subject, "subject"), MailText.MAX_SUBJECT);
    }
}
