package uk.council.complaints.cases;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseChoiceRepository extends CrudRepository<CaseChoice, CaseChoice.Key> {

    List<CaseChoice> findByKeyCaseId(long caseId);

    /** Every answer of one question of a case, before it is answered again ("Correct the case details"). */
    @Query("DELETE FROM case_choice WHERE case_id = :caseId AND question = :question")
    void deleteAnswers(long caseId, String question);
}
