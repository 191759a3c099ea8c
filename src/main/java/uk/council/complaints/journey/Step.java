package uk.council.complaints.journey;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static uk.council.complaints.journey.Field.checkboxes;
import static uk.council.complaints.journey.Field.date;
import static uk.council.complaints.journey.Field.radios;
import static uk.council.complaints.journey.Field.text;
import static uk.council.complaints.journey.Field.textarea;

/**
 * Every question page of the public form, in no particular order: {@link Journey} decides the order.
 * Length limits match the database columns.
 */
public enum Step {
    PURPOSE("what-would-you-like-to-do", radios("purpose", true, Options.PURPOSES)),
    WHO("who-are-you", radios("role", true, Options.ROLES)),
    SAFETY("is-a-child-at-risk", radios("riskNow", true, Options.YES_NO)),
    CHILD("about-the-child",
            text("childName", true, 100),
            date("childDob", false),
            Field.of("childAge", FieldKind.NUMBER, false, 2).width("govuk-input--width-2"),
            textarea("childAddress", false, 500)),
    // Several children (docs/adr/0017-several-children.md): the children so far, and "add another?" (not asked at the
    // limit, and never blocking the way on: StepValidator asks for it only when the page is posted).
    CHILDREN("children", radios(Children.ADD_ANOTHER, false, Options.YES_NO)),
    PARENTAL_RESPONSIBILITY("parental-responsibility", radios("parentalResponsibility", true, Options.YES_NO_NOT_SURE)),
    ADVOCATE("advocate",
            text("advocateOrganisation", true, 150),
            radios("childAgrees", true, Options.CHILD_AGREES),
            textarea("childWords", false, 2000)),
    CALLBACK_OFFER("call-back-offer", radios("wantsCallback", true, Options.YES_NO)),
    SERVICE("which-service",
            radios("service", true, Options.SERVICES),
            text("workerName", false, 100)),
    CALLBACK("call-back",
            Field.of("phone", FieldKind.PHONE, true, 30).autocomplete("tel").width("govuk-input--width-20"),
            checkboxes("callbackDays", true, Options.CALLBACK_DAYS),
            radios("callbackTime", true, Options.CALLBACK_TIMES),
            textarea("callbackTopic", true, 1000)),
    WHAT_HAPPENED("what-happened",
            textarea("whatHappened", true, 5000),
            // Required unless "It is still happening" is ticked (StepValidator): then a start date may not be known.
            date("whenHappened", false),
            checkboxes("stillHappening", false, List.of("yes"))),
    PUT_RIGHT("put-it-right",
            checkboxes("outcomesSought", true, Options.OUTCOMES_SOUGHT),
            textarea("putRightDetails", false, 2000)),
    // One question a page (DESIGN section 2): these two were one page, "court-and-earlier-contact" (see MOVED).
    COURT_PROCEEDINGS("court-proceedings", radios("courtProceedings", true, Options.YES_NO_NOT_SURE)),
    RAISED_BEFORE("raised-before", radios("raisedBefore", true, Options.YES_NO)),
    // The young person's own route (DESIGN section 3): fewer questions, in plain words.
    YP_SAFETY("are-you-safe", radios("ypRiskNow", true, Options.YES_NO)),
    YP_NAME("your-name", text("ypName", true, 100).autocomplete("name")),
    YP_CONTACT_ROUTE("how-to-reach-you", radios("ypContactRoute", true, Options.YP_CONTACT_ROUTES)),
    YP_CONTACT_ME("your-phone-or-email",
            Field.of("ypPhone", FieldKind.PHONE, false, 30).autocomplete("tel").width("govuk-input--width-20"),
            Field.of("ypEmail", FieldKind.EMAIL, false, 254).autocomplete("email")),
    YP_CONTACT_HELPER("who-helps-you",
            text("helperName", true, 100),
            text("helperContact", true, 254)),
    YP_WHAT_IS_WRONG("what-is-wrong", textarea("ypWhatIsWrong", true, 5000)),
    YP_WANT_TO_CHANGE("what-you-want-to-change", textarea("ypWantToChange", true, 2000)),
    YP_ADVOCATE("would-you-like-an-advocate", radios("wantsAdvocate", true, Options.YP_ADVOCATE)),
    // Save and return, young person's call back and advocate for the child (issue 11): a young person's call back in
    // plain words, one question a page; a parent or an advocate is asked about an advocate for the child.
    YP_CALLBACK_PHONE("number-to-call", Field.of("ypCallbackPhone", FieldKind.PHONE, true, 30).autocomplete("tel")
            .width("govuk-input--width-20")),
    YP_CALLBACK_DAYS("days-to-call", checkboxes("ypCallbackDays", true, Options.CALLBACK_DAYS)),
    YP_CALLBACK_TIME("time-to-call", radios("ypCallbackTime", true, Options.CALLBACK_TIMES)),
    YP_CALLBACK_TOPIC("what-to-talk-about", textarea("ypCallbackTopic", true, 1000)),
    CHILD_ADVOCATE("advocate-for-the-child", radios("childAdvocate", true, Options.CHILD_ADVOCATE)),
    FEEDBACK("your-feedback",
            radios("feedbackType", true, Options.FEEDBACK_TYPES),
            textarea("feedbackMessage", true, 5000),
            text("feedbackAbout", false, 150)),
    // Evidence (docs/adr/0013-evidence-files.md): no questions; files are attached one at a time on the page
    // (intake.EvidenceController) and kept in evidence_file, never in the answers. Only on the path when a virus
    // scanner is configured.
    EVIDENCE("documents-and-photos"),
    EARLIER_COMPLAINT("earlier-complaint",
            Field.of("earlierReference", FieldKind.REFERENCE, false, 30).width("govuk-input--width-10"),
            checkboxes("noReference", false, List.of("yes"))),
    HOW_RESPONDED("how-was-it-responded-to",
            checkboxes("responseMethods", true, Options.RESPONSE_METHODS),
            text("responseOther", false, 200).under("responseMethods", "other")),
    ESCALATION_REASON("reason-for-escalating",
            radios("escalationReason", true, Options.ESCALATION_REASONS),
            text("escalationReasonOther", false, 200).under("escalationReason", "other")),
    WANT_NOW("what-you-want-now", textarea("wantNow", true, 3000)),
    CONTACT("contact-details",
            text("fullName", true, 100).autocomplete("name"),
            Field.of("email", FieldKind.EMAIL, false, 254).autocomplete("email"),
            Field.of("phone", FieldKind.PHONE, false, 30).autocomplete("tel").width("govuk-input--width-20"),
            textarea("address", false, 500).autocomplete("street-address"),
            // Issue 24: someone the person fears may share their phone or letterbox; voicemail and post asked apart.
            radios("contactSafety", false, List.of("both", "voicemail-only", "post-only", "neither")),
            radios("preferredContact", true, Options.CONTACT_WAYS)),
    ACCESS_NEEDS("communication-needs",
            checkboxes("accessNeeds", false, Options.ACCESS_NEEDS),
            text("interpreterLanguage", false, 60).under("accessNeeds", "interpreter"),
            text("otherNeeds", false, 500).under("accessNeeds", "other")),
    EQUALITY("equality-monitoring",
            radios("ageBand", false, Options.AGE_BANDS),
            radios("gender", false, Options.GENDERS),
            radios("disability", false, Options.DISABILITY),
            radios("ethnicity", false, Options.ETHNICITIES),
            radios("sexualOrientation", false, Options.ORIENTATIONS));

    /** Old addresses of pages that were split or renamed (a bookmark, a saved link): the page that now asks first. */
    private static final Map<String, Step> MOVED = Map.of("court-and-earlier-contact", COURT_PROCEEDINGS);
    private final String slug;
    private final List<Field> fields;

    Step(String slug, Field... fields) {
        this.slug = slug;
        this.fields = List.of(fields);
    }

    public String slug() {
        return slug;
    }

    public List<Field> fields() {
        return fields;
    }

    /** A page with one question uses that question as its heading (the GOV.UK pattern). */
    public boolean singleQuestion() {
        return fields.size() == 1 && this != CHILDREN;
    }

    public List<String> fieldNames() {
        return fields.stream().flatMap(f -> f.postedNames().stream()).toList();
    }

    public static Optional<Step> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /** The page an old address now leads to; empty for a current address or one that never was. */
    public static Optional<Step> movedFrom(String slug) {
        return Optional.ofNullable(MOVED.get(slug));
    }
}
