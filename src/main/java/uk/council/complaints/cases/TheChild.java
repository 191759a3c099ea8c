package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import uk.council.complaints.journey.AdvocacyLeaflet;
import uk.council.complaints.journey.Answers;

import java.util.Map;

/**
 * What the parental responsibility and advocate pages say about the child the request is about. The children
 * themselves (name, date of birth or age, address) are kept in one place only, {@link CaseChild} (issue 24).
 */
@Embeddable
public record TheChild(
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
