package uk.council.complaints.notify;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.AdvocacyLeaflet;
import uk.council.complaints.triage.TriageResult;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The emails every new case causes, queued in the case's own transaction: the acknowledgement (when
 * the person gave an email) and the team's notice. Used for cases from the public form and for
 * cases staff create (a Stage 2 escalation, a call-back turned into a complaint).
 */
@Singleton
public class NewCaseEmails {
    private final Outbox outbox;
    private final CaseEmails emails;
    private final Messages messages;

    NewCaseEmails(Outbox outbox, CaseEmails emails, Messages messages) {
        this.outbox = outbox;
        this.emails = emails;
        this.messages = messages;
    }

    public void queue(SubmittedCase saved, TriageResult triage) {
        List<OutgoingEmail> emails = new ArrayList<>(2);
        emails.add(this.emails.teamNotification(new TeamNotice(saved.id(), saved.reference(),
                messages.get("notify.queue." + triage.queue().name()),
                messages.get("notify.priority." + triage.priority().name()), triage.teamMailbox())));
        if (saved.who().email() != null) {
            emails.add(this.emails.acknowledgement(new AckDetails(saved.id(), saved.reference(), saved.who().email(),
                    saved.who().submitterName(), saved.kind(), triage.acknowledgeBy(), triage.responseDue(),
                    AdvocacyLeaflet.offeredTo(saved.who().submitterRole()))));
        }
        outbox.enqueueAll(emails);
    }
}
