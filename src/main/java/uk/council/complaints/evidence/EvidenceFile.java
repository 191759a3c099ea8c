package uk.council.complaints.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One scanned, type-checked file: the draft's while drafting, the case's once submitted. */
@MappedEntity("evidence_file")
record EvidenceFile(@Id @GeneratedValue @Nullable Long id, @Nullable String draftId, @Nullable Long caseId,
                    String fileName, String contentType, long sizeBytes, byte[] content, Instant uploadedAt) {
}
