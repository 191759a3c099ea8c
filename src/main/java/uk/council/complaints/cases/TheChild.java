package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import uk.council.complaints.journey.AdvocacyLeaflet;
import uk.council.complaints.journey.Answers;

import java.util.Map;

/** The child the request is about, and their advocacy (the child, parental responsibility and advocate pages). */
@Embeddable
public record TheChild(
        @Answer(teamOnly = true, perChild = true) @MappedProperty("child_name") @Nullable String childName,
        @Answer(teamOnly = true, perChild = true) @MappedProperty("child_dob") @Nullable java.time.LocalDate childDob,
        @Answer(teamOnly = true, perChild = true) @MappedProperty("child_age") @Nullable Integer childAge,
        @Answer(teamOnly = true, perChild = true) @MappedProperty("child_address") @Nullable String childAddress,
        @Answer(teamOnly = false) @MappedProperty("parental_responsibility") @Nullable String parentalResponsibility,
        @Answer(teamOnly = true) @MappedProperty("advocate_organisation") @Nullable String advocateOrganisation,
        @Answer(teamOnly = false) @MappedProperty("child_agrees") @Nullable String childAgrees,
        @Answer(teamOnly = true) @MappedProperty("child_words") @Nullable String childWords,
        // "Would you like an advocate?" as answered (issue 11): yes, no or already.
        @Answer(teamOnly = false, question = "childAdvocate")
        @MappedProperty("advocate_wanted") @Nullable String advocateWanted) {

    /** The mapper: every answer from the question of its name, but the advocate wanted, from either route. */
    public static TheChild from(Answers a) {
        return Sections.fromAnswers(TheChild.class, a, Map.of("advocateWanted",
                x -> AdvocacyLeaflet.advocateWanted(x).isEmpty() ? null : AdvocacyLeaflet.advocateWanted(x)));
    }
}
