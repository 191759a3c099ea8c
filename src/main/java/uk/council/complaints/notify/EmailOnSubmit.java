package uk.council.complaints.notify;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.triage.CaseSubmittedListener;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.triage.TriageResult;

import java.util.List;

/** A case from the public form: its emails. (The advocacy referral is youngperson's.) */
@Singleton
class EmailOnSubmit implements CaseSubmittedListener {
    private final NewCaseEmails emails;

    EmailOnSubmit(NewCaseEmails emails) {
        this.emails = emails;
    }

    @Override
    public void onSubmitted(SubmittedCase saved, List<CaseChoice> choices, Answers answers, TriageResult triage) {
        emails.queue(saved, triage);
    }
}
