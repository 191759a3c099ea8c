package uk.council.complaints.cases;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** One ticked answer of a multiple-choice question on a case, countable by the report. */
@MappedEntity("case_choice")
public record CaseChoice(@EmbeddedId Key key) {

    @Embeddable
    public record Key(@MappedProperty("case_id") long caseId, @MappedProperty("question") String question,
                      @MappedProperty("choice") String choice) {
    }

    public static CaseChoice of(long caseId, String question, String choice) {
        return new CaseChoice(new Key(caseId, question, choice));
    }

    public String question() {
        return key.question();
    }

    public String choice() {
        return key.choice();
    }
}
