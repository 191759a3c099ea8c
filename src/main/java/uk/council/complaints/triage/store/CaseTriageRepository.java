package uk.council.complaints.triage.store;

import io.micronaut.core.annotation.Nullable;
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
     * email or phone about the same child: any of its children (case_child, a young person's own case included).
     * The arguments come normalised by {@link RepeatKey}; a null email or phone matches nothing.
     * {@code madeFrom} is the case this one was made from (a complaint made from a call-back), which is its
     * origin, not a repeat; -1 when none.
     * The email and phone come first, as the two sides of one OR, in exactly the expressions that PostgreSQL indexes
     * (db.migration.V13__HotPathIndexes): the look-up then reads a family's few cases, not every case of the last
     * 90 days (2.4 ms a submit, two thirds of the statements' time on a year of 10,000 cases; docs/benchmarks.md).
     */
    @Query(value = """
            select c.reference from complaint_case c
            where (lower(trim(c.email)) = :email
                or replace(replace(replace(replace(replace(c.phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+44', '0')
                    = :phone)
              and c.id <> :caseId
              and c.id <> :madeFrom
              and c.kind in ('COMPLAINT', 'CALLBACK')
              and c.submitted_at >= :since
              and exists (select 1 from case_child k where k.case_id = c.id and lower(trim(k.name)) = :child)
            order by c.submitted_at desc""", nativeQuery = true)
    List<String> findRecentReferences(long caseId, long madeFrom, String child, @Nullable String email,
                                      @Nullable String phone, Instant since);

    /**
     * References of other Stage 2 requests for the same complaint, newest first, at any time: a complaint goes to
     * Stage 2 once. {@code earlierReference} comes normalised by {@link RepeatKey#normalisedReference}.
     */
    @Query(value = """
            select c.reference from complaint_case c
            where c.id <> :caseId
              and c.kind = 'STAGE2'
              and upper(replace(c.earlier_reference, ' ', '')) = :earlierReference
            order by c.submitted_at desc""", nativeQuery = true)
    List<String> findOtherStage2References(long caseId, String earlierReference);
}
