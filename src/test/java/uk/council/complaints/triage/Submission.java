package uk.council.complaints.triage;

import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds test submissions: a parent's complaint about children in care unless told otherwise. */
final class Submission {
    static final LocalDate RECEIVED = LocalDate.of(2025, 12, 19);

    SubmissionKind kind = SubmissionKind.COMPLAINT;
    String reference = "CSC-TEST01";
    String role = "parent";
    String name = "Alex Example";
    String email = "alex@example.org";
    String phone;
    String childName = "Sam Example";
    String parentalResponsibility = "yes";
    String childAgrees;
    String service = "children-in-care";
    LocalDate whenHappened = RECEIVED.minusMonths(1);
    boolean stillHappening;
    boolean riskNow;
    String courtProceedings = "no";
    String interpreterLanguage;
    String otherNeeds;
    String earlierReference;
    Instant submittedAt = Instant.parse("2025-12-19T10:00:00Z");
    final List<String> accessNeeds = new ArrayList<>();
    boolean advocacyRequested;
    String repeatOf;

    static Submission complaint() {
        return new Submission();
    }

    /** Another kind of request; feedback has none of a complaint's answers. */
    Submission kind(SubmissionKind kind) {
        this.kind = kind;
        if (kind == SubmissionKind.COMPLIMENT || kind == SubmissionKind.COMMENT || kind == SubmissionKind.SUGGESTION) {
            role = null;
            childName = null;
            parentalResponsibility = null;
            service = null;
            whenHappened = null;
            courtProceedings = null;
        }
        return this;
    }

    Submission role(String role) {
        this.role = role;
        if (!"parent".equals(role)) {
            parentalResponsibility = null;
        }
        if ("young-person".equals(role)) {
            childName = null;
        }
        if ("advocate".equals(role) && childAgrees == null) {
            childAgrees = "yes";
        }
        return this;
    }

    Submission service(String service) {
        this.service = service;
        return this;
    }

    SubmittedCase build(Long id) {
        SubmittedCase c = SubmittedCase.builder(reference, kind, submittedAt).submitterRole(role).submitterName(name)
                .email(email).phone(phone).preferredContact(email != null ? "email" : "phone")
                .interpreterLanguage(interpreterLanguage).otherNeeds(otherNeeds).childName(childName)
                .parentalResponsibility(parentalResponsibility)
                .advocateOrganisation("advocate".equals(role) ? "Example Advocacy" : null).childAgrees(childAgrees)
                .service(service).whatHappened("What happened").whenHappened(whenHappened)
                .stillHappening(stillHappening).riskNow(riskNow).courtProceedings(courtProceedings).raisedBefore("no")
                .earlierReference(earlierReference).build();
        return id == null ? c : c.withId(id);
    }

    List<CaseChoice> choices(long caseId) {
        return accessNeeds.stream().map(need -> CaseChoice.of(caseId, "accessNeeds", need)).toList();
    }

    TriageInput input() {
        return new TriageInput(build(1L), choices(1L), advocacyRequested, repeatOf, RECEIVED);
    }
}
