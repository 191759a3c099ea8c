package uk.council.complaints.casework.stage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The tables of {@link StageRecords}. */
public final class StageRepositories {
    private StageRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Investigations extends CrudRepository<StageRecords.Investigation, Long> {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Panels extends CrudRepository<StageRecords.Panel, Long> {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Decisions extends CrudRepository<StageRecords.Decision, Long> {
        List<StageRecords.Decision> findByCaseIdOrderById(long caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Pauses extends CrudRepository<StageRecords.Pause, Long> {
        @Query(value = "select * from case_pause where case_id = :caseId and resumed_on is null", nativeQuery = true)
        Optional<StageRecords.Pause> findOpen(long caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Requests extends CrudRepository<StageRecords.Request, Long> {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Issues extends CrudRepository<StageRecords.Issue, Long> {
        List<StageRecords.Issue> findByCaseIdOrderByPosition(long caseId);

        @Query("update case_issue set finding = :finding where case_id = :caseId and position = :position")
        void setFinding(long caseId, int position, String finding);
    }
}
