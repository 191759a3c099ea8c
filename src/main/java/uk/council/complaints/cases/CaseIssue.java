package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One issue of a complaint (DESIGN section 7): its nature from {@code portal.natures}, an optional short
 * summary, and the finding at this case's stage (null until the stage's response records it).
 */
@MappedEntity("case_issue")
public record CaseIssue(@Id @GeneratedValue @Nullable Long id, long caseId, int position, String nature,
                        @Nullable String summary, @Nullable String finding) {

    public static CaseIssue of(long caseId, int position, String nature, @Nullable String summary) {
        return new CaseIssue(null, caseId, position, nature, summary == null || summary.isBlank() ? null : summary, null);
    }
}
