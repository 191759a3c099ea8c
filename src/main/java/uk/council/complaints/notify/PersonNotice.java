package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What the person is told about one step of their complaint, in the words of the email and of the printed
 * letter alike (built once, by {@link PersonNotices}).
 *
 * @param email          where the email goes; null when they gave no address (staff print the letter)
 * @param postalAddress  their address as they gave it, for the letter; may be null
 * @param paragraphs     greeting, what happened, what they can do next and by when, how to reach us, sign-off
 */
public record PersonNotice(PersonStep step, long caseId, String reference, LocalDate date, String name,
                           @Nullable String email, @Nullable String postalAddress, String subject,
                           List<String> paragraphs) {

    public PersonNotice {
        paragraphs = List.copyOf(paragraphs);
    }

    OutgoingEmail asEmail() {
        EmailBody body = new EmailBody();
        paragraphs.forEach(body::para);
        return new OutgoingEmail(caseId, step.purpose(), email, name, subject, body.text(), body.html(subject), false);
    }
}
