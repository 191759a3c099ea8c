package uk.council.complaints.intake;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseCodes;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.AdvocacyLeaflet;
import uk.council.complaints.journey.Role;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What the confirmation page says: the reference, and by when (from the case's triage) the person will hear. */
@Singleton
class ConfirmationDetails {
    private final TriageService triage;
    private final Messages msg;

    ConfirmationDetails(TriageService triage, Messages msg) {
        this.triage = triage;
        this.msg = msg;
    }

    Map<String, Object> model(SubmittedCase c) {
        StoredTriage t = triage.find(c.id()).orElseThrow(() -> new IllegalStateException("case without triage"));
        Map<String, Object> model = new HashMap<>();
        model.put("reference", c.reference());
        model.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        model.put("riskNow", t.frontDoorAlert());
        model.put("hasEmail", c.who().email() != null);
        model.put("acknowledgeBy", format(t.acknowledgeBy()));
        model.put("responseBy", t.responseDue() == null ? null : format(t.responseDue()));
        String role = c.who().submitterRole();
        model.put("youngPerson", Role.YOUNG_PERSON.is(role) && (c.kind() == uk.council.complaints.journey.SubmissionKind.COMPLAINT
                || c.kind() == uk.council.complaints.journey.SubmissionKind.CALLBACK));
        model.put("offersLeaflet", AdvocacyLeaflet.offeredTo(role));
        model.put("advocateRequested", t.flags().contains(uk.council.complaints.triage.Flag.ADVOCACY_REQUESTED));
        model.put("viaHelper", CaseCodes.THROUGH_HELPER.equals(c.who().preferredContact()));
        return model;
    }

    private String format(LocalDate date) {
        return msg.date(date, "dateWithDay");
    }
}
