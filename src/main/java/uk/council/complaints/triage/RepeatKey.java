package uk.council.complaints.triage;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes two requests "the same person about the same child" for the repeat check: the children's
 * names (case_child, the one place they are kept, a young person's own case included; a match on ANY of them:
 * docs/adr/0017-several-children.md), and the email or phone, written the same way as the query in
 * {@code triage.store.CaseTriageRepository} writes the stored ones (case, spaces and +44 do not matter).
 */
public record RepeatKey(List<String> children, String email, String phone) {

    public RepeatKey {
        children = List.copyOf(children);
    }

    /** @param childNames every child the case is about (case_child), first to last */
    public static Optional<RepeatKey> of(SubmittedCase c, List<String> childNames) {
        // Compliments and escalations are expected to follow an earlier case: only new complaints count.
        if (c.kind() != SubmissionKind.COMPLAINT && c.kind() != SubmissionKind.CALLBACK) {
            return Optional.empty();
        }
        List<String> children = childNames.stream().filter(n -> !n.isBlank())
                .map(n -> n.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        String email = normalisedEmail(c.who().email());
        String phone = normalisedPhone(c.who().phone());
        if (children.isEmpty() || (email.isEmpty() && phone.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new RepeatKey(children, email, phone));
    }

    /**
     * For a Stage 2 request: the complaint it is about, written as the query in {@code triage.store.CaseTriageRepository}
     * writes the stored ones (upper case, no spaces). A second Stage 2 request for the same complaint is a possible
     * repeat at any time, whoever sends it.
     */
    public static Optional<String> stage2Of(SubmittedCase c) {
        if (c.kind() != SubmissionKind.STAGE2 || c.complaint().earlierReference() == null || c.complaint().earlierReference().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(normalisedReference(c.complaint().earlierReference()));
    }

    public static String normalisedReference(String reference) {
        return reference.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    static String normalisedEmail(@Nullable String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static String normalisedPhone(@Nullable String phone) {
        if (phone == null) {
            return "";
        }
        String compact = phone.replace(" ", "").replace("-", "").replace("(", "").replace(")", "");
        return compact.replace("+44", "0");
    }
}
