package uk.council.complaints.youngperson;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.triage.CaseSubmittedListener;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.AdvocacyLeaflet;
import uk.council.complaints.notify.CaseEmails;
import uk.council.complaints.notify.Outbox;
import uk.council.complaints.triage.TriageResult;

import java.time.Clock;
import java.util.List;

/**
 * With the new case: the leaflet offered during the form, how to reach a young person through
 * someone who helps them, and an advocacy referral when they asked for one.
 */
@Singleton
class RecordAdvocacyOnSubmit implements CaseSubmittedListener {
    private final LeafletEvents leaflet;
    private final HelperContactRepository helpers;
    private final AdvocacyReferralRepository referrals;
    private final AdvocacyProperties advocacy;
    private final Outbox outbox;
    private final CaseEmails emails;
    private final Clock clock;

    RecordAdvocacyOnSubmit(LeafletEvents leaflet, HelperContactRepository helpers, AdvocacyReferralRepository referrals,
                           AdvocacyProperties advocacy, Outbox outbox, CaseEmails emails, Clock clock) {
        this.leaflet = leaflet;
        this.helpers = helpers;
        this.referrals = referrals;
        this.advocacy = advocacy;
        this.outbox = outbox;
        this.emails = emails;
        this.clock = clock;
    }

    @Override
    public void onSubmitted(SubmittedCase saved, List<CaseChoice> choices, Answers answers, TriageResult triage) {
        if (AdvocacyLeaflet.offeredTo(answers)) {
            leaflet.record(saved.id(), LeafletEvent.Type.OFFERED);
        }
        if (answers.has("helperName")) {
            helpers.save(new HelperContact(saved.id(), answers.get("ypContactRoute"), answers.get("helperName"),
                    answers.get("helperContact")));
        }
        if (AdvocacyLeaflet.advocacyRequested(answers)) {
            String to = advocacy.getReferralEmail();
            if (!to.isBlank()) {
                outbox.enqueue(emails.advocacyReferral(saved.id(), saved.reference(), to));
            }
            referrals.save(new AdvocacyReferral(saved.id(), clock.instant(), to.isBlank() ? null : to, !to.isBlank()));
        }
    }
}
