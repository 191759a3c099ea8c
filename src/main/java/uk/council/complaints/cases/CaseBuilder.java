package uk.council.complaints.cases;

import uk.council.complaints.journey.SubmissionKind;

import java.time.Instant;
import java.time.LocalDate;
import uk.council.complaints.web.ClockFactory;

/** Builds a {@link SubmittedCase} by naming each answer, so no answer can land in the wrong column. */
public final class CaseBuilder {
    private final String reference;
    private final SubmissionKind kind;
    private final Instant submittedAt;
    private String draftId;
    private String submitterRole;
    private String submitterName;
    private String email;
    private String phone;
    private String address;
    private String preferredContact;
    private String interpreterLanguage;
    private String otherNeeds;
    private String childName;
    private LocalDate childDob;
    private Integer childAge;
    private String childAddress;
    private String parentalResponsibility;
    private String advocateOrganisation;
    private String childAgrees;
    private String childWords;
    private String service;
    private String workerName;
    private String whatHappened;
    private LocalDate whenHappened;
    private boolean stillHappening;
    private boolean riskNow;
    private String putRightDetails;
    private String courtProceedings;
    private String raisedBefore;
    private String callbackTime;
    private String callbackTopic;
    private String feedbackAbout;
    private String feedbackMessage;
    private String earlierReference;
    private String responseOther;
    private String escalationReason;
    private String escalationReasonOther;
    private String wantNow;
    private String receivedVia = SubmittedCase.ONLINE_FORM;
    private LocalDate receivedOn;
    private Long enteredBy;
    private String feedbackTeam;
    private String feedbackGiver;
    private boolean demo;
    private String advocateWanted;
    private String enquiryKind;

    CaseBuilder(String reference, SubmissionKind kind, Instant submittedAt) {
        this.reference = reference;
        this.kind = kind;
        this.submittedAt = submittedAt;
    }

    /** Another case with the same answers (a Stage 2, a complaint from a call-back): new, with no draft. */
    static CaseBuilder from(SubmittedCase c, String reference, SubmissionKind kind, Instant submittedAt) {
        CaseBuilder b = new CaseBuilder(reference, kind, submittedAt);
        b.submitterRole = c.submitterRole();
        b.submitterName = c.submitterName();
        b.email = c.email();
        b.phone = c.phone();
        b.address = c.address();
        b.preferredContact = c.preferredContact();
        b.interpreterLanguage = c.interpreterLanguage();
        b.otherNeeds = c.otherNeeds();
        b.childName = c.childName();
        b.childDob = c.childDob();
        b.childAge = c.childAge();
        b.childAddress = c.childAddress();
        b.parentalResponsibility = c.parentalResponsibility();
        b.advocateOrganisation = c.advocateOrganisation();
        b.childAgrees = c.childAgrees();
        b.childWords = c.childWords();
        b.service = c.service();
        b.workerName = c.workerName();
        b.whatHappened = c.whatHappened();
        b.whenHappened = c.whenHappened();
        b.stillHappening = c.stillHappening();
        b.riskNow = c.riskNow();
        b.putRightDetails = c.putRightDetails();
        b.courtProceedings = c.courtProceedings();
        b.raisedBefore = c.raisedBefore();
        b.callbackTime = c.callbackTime();
        b.callbackTopic = c.callbackTopic();
        b.feedbackAbout = c.feedbackAbout();
        b.feedbackMessage = c.feedbackMessage();
        b.earlierReference = c.earlierReference();
        b.responseOther = c.responseOther();
        b.escalationReason = c.escalationReason();
        b.escalationReasonOther = c.escalationReasonOther();
        b.wantNow = c.wantNow();
        b.advocateWanted = c.advocateWanted();
        // How and when the new case arrived is its own (set by the caller); demo data stays demo data.
        b.demo = c.demo();
        return b;
    }

    public CaseBuilder draftId(String value) { this.draftId = value; return this; }
    public CaseBuilder submitterRole(String value) { this.submitterRole = value; return this; }
    public CaseBuilder submitterName(String value) { this.submitterName = value; return this; }
    public CaseBuilder email(String value) { this.email = value; return this; }
    public CaseBuilder phone(String value) { this.phone = value; return this; }
    public CaseBuilder address(String value) { this.address = value; return this; }
    public CaseBuilder preferredContact(String value) { this.preferredContact = value; return this; }
    public CaseBuilder interpreterLanguage(String value) { this.interpreterLanguage = value; return this; }
    public CaseBuilder otherNeeds(String value) { this.otherNeeds = value; return this; }
    public CaseBuilder childName(String value) { this.childName = value; return this; }
    public CaseBuilder childDob(LocalDate value) { this.childDob = value; return this; }
    public CaseBuilder childAge(Integer value) { this.childAge = value; return this; }
    public CaseBuilder childAddress(String value) { this.childAddress = value; return this; }
    public CaseBuilder parentalResponsibility(String value) { this.parentalResponsibility = value; return this; }
    public CaseBuilder advocateOrganisation(String value) { this.advocateOrganisation = value; return this; }
    public CaseBuilder childAgrees(String value) { this.childAgrees = value; return this; }
    public CaseBuilder childWords(String value) { this.childWords = value; return this; }
    public CaseBuilder service(String value) { this.service = value; return this; }
    public CaseBuilder workerName(String value) { this.workerName = value; return this; }
    public CaseBuilder whatHappened(String value) { this.whatHappened = value; return this; }
    public CaseBuilder whenHappened(LocalDate value) { this.whenHappened = value; return this; }
    public CaseBuilder stillHappening(boolean value) { this.stillHappening = value; return this; }
    public CaseBuilder riskNow(boolean value) { this.riskNow = value; return this; }
    public CaseBuilder putRightDetails(String value) { this.putRightDetails = value; return this; }
    public CaseBuilder courtProceedings(String value) { this.courtProceedings = value; return this; }
    public CaseBuilder raisedBefore(String value) { this.raisedBefore = value; return this; }
    public CaseBuilder callbackTime(String value) { this.callbackTime = value; return this; }
    public CaseBuilder callbackTopic(String value) { this.callbackTopic = value; return this; }
    public CaseBuilder feedbackAbout(String value) { this.feedbackAbout = value; return this; }
    public CaseBuilder feedbackMessage(String value) { this.feedbackMessage = value; return this; }
    public CaseBuilder earlierReference(String value) { this.earlierReference = value; return this; }
    public CaseBuilder responseOther(String value) { this.responseOther = value; return this; }
    public CaseBuilder escalationReason(String value) { this.escalationReason = value; return this; }
    public CaseBuilder escalationReasonOther(String value) { this.escalationReasonOther = value; return this; }
    public CaseBuilder wantNow(String value) { this.wantNow = value; return this; }

    public CaseBuilder receivedVia(String value) { this.receivedVia = value; return this; }
    /** The UK date the council received it, which starts the clock; unset, the date it was submitted. */
    public CaseBuilder receivedOn(LocalDate value) { this.receivedOn = value; return this; }
    public CaseBuilder enteredBy(Long staffUserId) { this.enteredBy = staffUserId; return this; }
    public CaseBuilder feedbackTeam(String value) { this.feedbackTeam = value; return this; }
    public CaseBuilder feedbackGiver(String value) { this.feedbackGiver = value; return this; }
    public CaseBuilder demo(boolean value) { this.demo = value; return this; }
    public CaseBuilder advocateWanted(String value) { this.advocateWanted = value; return this; }
    /** Issue 21: only an enquiry has one, so a case made from another never copies it. */
    public CaseBuilder enquiryKind(String value) { this.enquiryKind = value; return this; }

    public SubmittedCase build() {
        return build(null, CaseStatus.NEW);
    }

    SubmittedCase build(Long id, CaseStatus status) {
        return new SubmittedCase(id, reference, draftId, kind, status, submittedAt, submitterRole,
                submitterName, email, phone, address, preferredContact, interpreterLanguage, otherNeeds,
                childName, childDob, childAge, childAddress, parentalResponsibility, advocateOrganisation,
                childAgrees, childWords, service, workerName, whatHappened, whenHappened, stillHappening,
                riskNow, putRightDetails, courtProceedings, raisedBefore, callbackTime, callbackTopic,
                feedbackAbout, feedbackMessage, earlierReference, responseOther, escalationReason,
                escalationReasonOther, wantNow, receivedVia,
                receivedOn != null ? receivedOn : submittedAt.atZone(ClockFactory.COUNCIL_ZONE).toLocalDate(),
                enteredBy, feedbackTeam, feedbackGiver, demo, advocateWanted, enquiryKind);
    }
}
