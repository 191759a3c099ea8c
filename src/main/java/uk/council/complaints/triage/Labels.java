package uk.council.complaints.triage;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.journey.SubmissionKind;

import java.util.Locale;

/** The plain-English names of stored codes, as bundle keys ({@code triage.service.*} and so on). */
final class Labels {
    private Labels() {
    }

    static Reason.Text service(@Nullable String code) {
        return Reason.Text.of("triage.service." + (code == null || code.isBlank() ? "not-sure" : code));
    }

    static Reason.Text role(@Nullable String code) {
        return Reason.Text.of("triage.role." + (code == null || code.isBlank() ? "unknown" : code));
    }

    static Reason.Text kind(SubmissionKind kind) {
        return Reason.Text.of("triage.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    static Reason.Text need(String code) {
        return Reason.Text.of("triage.need." + code);
    }
}
