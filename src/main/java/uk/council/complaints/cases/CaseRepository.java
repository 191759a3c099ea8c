package uk.council.complaints.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseRepository extends CrudRepository<SubmittedCase, Long> {

    Optional<SubmittedCase> findByReference(String reference);

    boolean existsByReference(String reference);

    /** "Correct the case details" (issue 21): the service the person did not name at first. */
    @Query("UPDATE complaint_case SET service = :service WHERE id = :id")
    void updateService(long id, @Nullable String service);

    /** Issue 21: the kind of an enquiry, corrected by staff. */
    @Query("UPDATE complaint_case SET enquiry_kind = :enquiryKind WHERE id = :id")
    void updateEnquiryKind(long id, String enquiryKind);

    /** Retention: cases closed before this time, with everything recorded about them (the foreign keys cascade). */
    @Query("DELETE FROM complaint_case WHERE id IN (SELECT case_id FROM case_handling WHERE closed_at < :closedBefore)")
    int deleteClosedBefore(Instant closedBefore);
}
