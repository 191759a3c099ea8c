package uk.council.complaints.evidence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface EvidenceRepository extends CrudRepository<EvidenceFile, Long> {

    @Query("SELECT id, file_name, content_type, size_bytes FROM evidence_file WHERE draft_id = :draftId ORDER BY id")
    List<EvidenceItem> listForDraft(String draftId);

    @Query("SELECT id, file_name, content_type, size_bytes FROM evidence_file WHERE case_id = :caseId ORDER BY id")
    List<EvidenceItem> listForCase(long caseId);

    long countByDraftId(String draftId);

    long countByCaseId(Long caseId);

    Optional<EvidenceFile> findByIdAndCaseId(Long id, Long caseId);

    @Query("DELETE FROM evidence_file WHERE id = :id AND draft_id = :draftId")
    int deleteFromDraft(long id, String draftId);

    /** On submit: the draft's files become the case's (and no longer go with the draft). */
    @Query("UPDATE evidence_file SET case_id = :caseId, draft_id = NULL WHERE draft_id = :draftId")
    int moveToCase(String draftId, long caseId);
}
