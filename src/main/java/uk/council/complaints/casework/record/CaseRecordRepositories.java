package uk.council.complaints.casework.record;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** The Ombudsman's cases, their recommendations and the learning actions of a case (issue 10). */
public final class CaseRecordRepositories {
    private CaseRecordRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Ombudsman extends CrudRepository<OmbudsmanCase, Long> {
        List<OmbudsmanCase> findByCaseIdOrderById(long caseId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Recommendations extends CrudRepository<OmbudsmanRecommendation, Long> {
        List<OmbudsmanRecommendation> findByOmbudsmanCaseIdInOrderById(Collection<Long> ombudsmanCaseIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Learning extends CrudRepository<LearningAction, Long> {
        List<LearningAction> findByCaseIdOrderById(long caseId);
    }
}
