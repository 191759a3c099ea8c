package uk.council.complaints.triage;

import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds test submissions: a parent's complaint about children in care unless told otherwise. */
public final class Submission {
    public static final LocalDate RECEIVED = LocalDate.of(2025, 12, 19);

    public SubmissionKind kind = SubmissionKind.COMPLAINT;
    public String reference = "CSC-TEST01";
    public String role = "parent";
    public String name = "Alex Example";
    public String email = "alex@example.org";
    public String phone;
    public String childName = "Sam Example";
    public String parentalResponsibility = "yes";
    public String childAgrees;
    public String service = "children-in-care";
    public LocalDate whenHappened = RECEIVED.minusMonths(1);
    public boolean stillHappening;
    public boolean riskNow;
    public String courtProceedings = "no";
    public String interpreterLanguage;
    public String otherNeeds;
    public String earlierReference;
    public Instant submittedAt = Instant.parse("2025-12-19T10:00:00Z");
    public final List<String> accessNeeds = new ArrayList<>();
    public boolean advocacyRequested;
    public String repeatOf;

    public static Submission complaint() {
        return new Submission();
    }

    /** Another kind of request; feedback has none of a complaint's answers. */
    public Submission kind(SubmissionKind kind) {
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

    public Submission role(String role) {
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

    public Submission service(String service) {
        this.service = service;
        return this;
    }

    public SubmittedCase build(Long id) {
        SubmittedCase c = SubmittedCase.builder(reference, kind, submittedAt).submitterRole(role).submitterName(name)
                .email(email).phone(phone).preferredContact(email != null ? "email" : "phone")
                .answer("interpreterLanguage", interpreterLanguage).answer("otherNeeds", otherNeeds)
                .answer("parentalResponsibility", parentalResponsibility)
                .answer("advocateOrganisation", "advocate".equals(role) ? "Example Advocacy" : null).answer("childAgrees", childAgrees)
                .service(service).whatHappened("What happened").answer("whenHappened", whenHappened)
                .answer("stillHappening", stillHappening).answer("riskNow", riskNow).answer("courtProceedings", courtProceedings).answer("raisedBefore", "no")
                .answer("earlierReference", earlierReference).build();
        return id == null ? c : c.withId(id);
    }

    /** The children the case is about, as case_child keeps them: a young person's own case is about them. */
    public List<String> children() {
        return "young-person".equals(role) ? List.of(name) : childName == null ? List.of() : List.of(childName);
    }

    public List<CaseChoice> choices(long caseId) {
        return accessNeeds.stream().map(need -> CaseChoice.of(caseId, "accessNeeds", need)).toList();
    }

    public TriageInput input() {
        return new TriageInput(build(1L), choices(1L), advocacyRequested, repeatOf, RECEIVED);
    }
}
