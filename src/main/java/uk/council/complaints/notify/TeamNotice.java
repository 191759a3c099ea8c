package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;

import java.util.Objects;

/**
 * What the team's notification of a new case may say: the reference, the queue and the priority.
 * Deliberately nothing about the child or the complainant (DESIGN section 4).
 *
 * @param queue    the queue's name as staff know it, for example "Statutory Stage 1"
 * @param priority for example "urgent", "high" or "normal"
 * @param mailbox  the team's address from the routing directory; null sends to {@code portal.mail.team-mailbox}
 */
public record TeamNotice(
        @Nullable Long caseId,
        String reference,
        String queue,
        String priority,
        @Nullable String mailbox) {

    public TeamNotice {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(priority, "priority");
    }
}
