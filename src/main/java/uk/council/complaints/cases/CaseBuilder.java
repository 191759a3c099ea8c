package uk.council.complaints.cases;

import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.web.ClockFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link SubmittedCase} by naming each answer, so no answer can land in the wrong column: the answers go into
 * their section records by component name ({@link Sections#build}), and a name no section has is refused.
 */
public final class CaseBuilder {
    private final String reference;
    private final SubmissionKind kind;
    private final Instant submittedAt;
    private final Map<String, Object> answers = new HashMap<>();
    private String draftId;
    private String receivedVia = SubmittedCase.ONLINE_FORM;
    private LocalDate receivedOn;
    private Long enteredBy;
    private String feedbackTeam;
    private String feedbackGiver;
    private boolean demo;
    private String enquiryKind;

    CaseBuilder(String reference, SubmissionKind kind, Instant submittedAt) {
        this.reference = reference;
        this.kind = kind;
        this.submittedAt = submittedAt;
    }

    /** The same case, everything kept (for {@link SubmittedCase#withId}). */
    static CaseBuilder same(SubmittedCase c) {
        CaseBuilder b = new CaseBuilder(c.reference(), c.kind(), c.submittedAt()).draftId(c.draftId())
                .receivedVia(c.receivedVia()).receivedOn(c.receivedOn()).enteredBy(c.enteredBy())
                .feedbackTeam(c.feedbackTeam()).feedbackGiver(c.feedbackGiver()).demo(c.demo())
                .enquiryKind(c.enquiryKind());
        Sections.ALL.forEach(s -> b.section(c.section(s)));
        return b;
    }

    /** Another case with the answers a next case carries (a Stage 2, a complaint from a call-back): new, with no draft. */
    static CaseBuilder carried(SubmittedCase c, String reference, SubmissionKind kind, Instant submittedAt) {
        CaseBuilder b = new CaseBuilder(reference, kind, submittedAt);
        Sections.ALL.forEach(s -> b.section(Sections.carried(c.section(s))));
        // How and when the new case arrived is its own (set by the caller); demo data stays demo data.
        b.demo = c.demo();
        return b;
    }

    /** Every section from the answers of a journey, each by its own mapper. */
    public CaseBuilder answers(Answers a) {
        return section(WhoIsAsking.from(a)).section(TheChild.from(a)).section(TheComplaint.from(a))
                .section(TheCallBack.from(a)).section(TheFeedback.from(a));
    }

    /** Every answer of one section. */
    public CaseBuilder section(Record section) {
        answers.putAll(Sections.values(section));
        return this;
    }

    /** One answer by its name in its section; {@link #build} refuses a name no section has. */
    public CaseBuilder answer(String name, Object value) {
        answers.put(name, value);
        return this;
    }

    // Named shortcuts for the answers tests and casework set most.
    public CaseBuilder submitterRole(String value) { return answer("submitterRole", value); }
    public CaseBuilder submitterName(String value) { return answer("submitterName", value); }
    public CaseBuilder email(String value) { return answer("email", value); }
    public CaseBuilder phone(String value) { return answer("phone", value); }
    public CaseBuilder address(String value) { return answer("address", value); }
    public CaseBuilder preferredContact(String value) { return answer("preferredContact", value); }
    public CaseBuilder service(String value) { return answer("service", value); }
    public CaseBuilder whatHappened(String value) { return answer("whatHappened", value); }

    public CaseBuilder draftId(String value) { this.draftId = value; return this; }
    public CaseBuilder receivedVia(String value) { this.receivedVia = value; return this; }
    /** The UK date the council received it, which starts the clock; unset, the date it was submitted. */
    public CaseBuilder receivedOn(LocalDate value) { this.receivedOn = value; return this; }
    public CaseBuilder enteredBy(Long staffUserId) { this.enteredBy = staffUserId; return this; }
    public CaseBuilder feedbackTeam(String value) { this.feedbackTeam = value; return this; }
    public CaseBuilder feedbackGiver(String value) { this.feedbackGiver = value; return this; }
    public CaseBuilder demo(boolean value) { this.demo = value; return this; }
    public CaseBuilder enquiryKind(String value) { this.enquiryKind = value; return this; }

    public SubmittedCase build() {
        return build(null, CaseStatus.NEW);
    }

    SubmittedCase build(Long id, CaseStatus status) {
        Map<String, Object> left = new LinkedHashMap<>(answers);
        Map<String, Object> c = new LinkedHashMap<>();
        for (var section : SubmittedCase.class.getRecordComponents()) {
            if (!Sections.ALL.contains(section.getType())) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Class<? extends Record> type = (Class<? extends Record>) section.getType();
            Map<String, Object> mine = new HashMap<>();
            for (var rc : type.getRecordComponents()) {
                if (left.containsKey(rc.getName())) {
                    mine.put(rc.getName(), left.remove(rc.getName()));
                }
            }
            c.put(section.getName(), Sections.build(type, mine));
        }
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("no section has " + left.keySet());
        }
        c.put("id", id);
        c.put("reference", reference);
        c.put("draftId", draftId);
        c.put("kind", kind);
        c.put("status", status);
        c.put("submittedAt", submittedAt);
        c.put("receivedVia", receivedVia);
        c.put("receivedOn", receivedOn != null ? receivedOn : submittedAt.atZone(ClockFactory.COUNCIL_ZONE).toLocalDate());
        c.put("enteredBy", enteredBy);
        c.put("feedbackTeam", feedbackTeam);
        c.put("feedbackGiver", feedbackGiver);
        c.put("demo", demo);
        c.put("enquiryKind", enquiryKind);
        return Sections.build(SubmittedCase.class, c);
    }
}
