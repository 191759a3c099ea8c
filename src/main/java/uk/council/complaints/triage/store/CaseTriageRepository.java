package uk.council.complaints.triage.store;

import uk.council.complaints.triage.RepeatKey;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseTriageRepository extends CrudRepository<CaseTriage, Long> {

    /**
     * References of other complaints and call-backs since {@code since}, newest first, by the same
     * email or phone about the same child (for a young person, the child is the person asking).
     * The arguments come normalised by {@link RepeatKey}; an empty email or phone matches nothing.
     */
    @Query(value = """
            select c.reference from complaint_case c
            where c.id <> :caseId
              and c.kind in ('COMPLAINT', 'CALLBACK')
              and c.submitted_at >= :since
              and lower(trim(case when c.submitter_role = 'young-person' then c.submitter_name
                                  else c.child_name end)) = :child
              and ((:email <> '' and lower(trim(c.email)) = :email)
                or (:phone <> '' and replace(replace(replace(replace(replace(c.phone, ' ', ''), '-', ''),
                        '(', ''), ')', ''), '+44', '0') = :phone))
            order by c.submitted_at desc""", nativeQuery = true)
    List<String> findRecentReferences(long caseId, String child, String email, String phone, Instant since);
}
