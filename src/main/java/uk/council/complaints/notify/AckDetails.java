package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.journey.SubmissionKind;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the acknowledgement to the person who asked needs.
 *
 * @param caseId          the stored case, so the email is deleted with it and "leaflet sent" is recorded on it
 * @param recipientName   the person's name as they gave it; may be blank
 * @param responseDue     the date of the response (or call back); null when none is promised (compliments)
 * @param advocacyLeaflet true for young people, advocates and parents acting for a child: links the leaflet
 */
public record AckDetails(
        @Nullable Long caseId,
        String reference,
        String recipientEmail,
        @Nullable String recipientName,
        SubmissionKind kind,
        LocalDate acknowledgeBy,
        @Nullable LocalDate responseDue,
        boolean advocacyLeaflet) {

    public AckDetails {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(acknowledgeBy, "acknowledgeBy");
    }
}
