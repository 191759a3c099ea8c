package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import uk.council.complaints.journey.Answers;

import java.util.List;
import java.util.Map;

/** Who is asking, and how to reach them safely (the contact details and communication needs pages). */
@Embeddable
public record WhoIsAsking(
        @Answer(teamOnly = false, words = "triage.role.", header = "who_complained")
        @MappedProperty("submitter_role") @Nullable String submitterRole,
        @Answer(teamOnly = true) @MappedProperty("submitter_name") @Nullable String submitterName,
        @Answer(teamOnly = true) @MappedProperty("email") @Nullable String email,
        @Answer(teamOnly = true) @MappedProperty("phone") @Nullable String phone,
        @Answer(teamOnly = true) @MappedProperty("address") @Nullable String address,
        // Issue 24: whether a voicemail or post may reach them safely (someone they fear may share the phone or letterbox).
        @Answer(teamOnly = false) @MappedProperty("contact_safety") @Nullable String contactSafety,
        @Answer(teamOnly = false) @MappedProperty("preferred_contact") @Nullable String preferredContact,
        @Answer(teamOnly = true) @MappedProperty("interpreter_language") @Nullable String interpreterLanguage,
        @Answer(teamOnly = true) @MappedProperty("other_needs") @Nullable String otherNeeds) {

    /** Its multiple-choice question, kept in case_choice. */
    public static final List<String> CHOICES = List.of("accessNeeds");

    /** The mapper: the answers of an adult's journey (a young person's are turned into these first). */
    public static WhoIsAsking from(Answers a) {
        boolean interpreter = a.all("accessNeeds").contains("interpreter");
        boolean otherNeeds = a.all("accessNeeds").contains("other");
        return Sections.fromAnswers(WhoIsAsking.class, a, Map.of(
                "submitterRole", x -> x.has("role") ? x.get("role") : null,
                "submitterName", x -> x.has("fullName") ? x.get("fullName") : null,
                "interpreterLanguage", x -> interpreter && x.has("interpreterLanguage") ? x.get("interpreterLanguage") : null,
                "otherNeeds", x -> otherNeeds && x.has("otherNeeds") ? x.get("otherNeeds") : null));
    }
}
