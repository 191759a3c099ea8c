package uk.council.complaints.cases;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A case brought in from an earlier register or another system (issue 25, migration V26): the case page says so. */
@MappedEntity("imported_case")
public record ImportedCase(@Id long caseId, String sourceReference, String route, Instant importedAt, String importedBy) {
    public static final String FILE = "file";
    public static final String API = "api";
    /** Demo data (issue 22): fictional cases brought in through the same checks. */
    public static final String DEMO = "demo";
}
