package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.casework.record.OmbudsmanCase;
import uk.council.complaints.casework.record.Pence;
import uk.council.complaints.staff.StaffForm;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Ombudsman's decision as its page's answers (issue 21): read from a post in one place for the decision and its
 * correction alike, and, for the correction's page, written back from what is recorded.
 */
record DecisionAnswers(LocalDate decidedOn, String decision, @Nullable String fault, @Nullable String remedy,
                       @Nullable Long pence) {

    /** From answers that passed {@link RecordForms#check}: an answer left empty is not recorded. */
    static DecisionAnswers of(StaffForm f) {
        return new DecisionAnswers(RecordForms.date(f, "decidedOn"), f.get("decision"), blankAsNull(f.get("fault")),
                blankAsNull(f.get("remedy")), Pence.parse(f.get("payment")).orElse(null));
    }

    /** The decision as recorded, as the answers the correction's page starts from; none before a decision. */
    static Map<String, List<String>> recorded(OmbudsmanCase o) {
        Map<String, List<String>> values = new HashMap<>();
        if (o.decidedOn() != null) {
            OutcomeCorrections.putDate(values, "decidedOn", o.decidedOn());
            values.put("decision", List.of(o.decision()));
            values.put("fault", o.fault() == null ? List.of() : List.of(o.fault()));
            values.put("remedy", o.remedy() == null ? List.of() : List.of(o.remedy()));
            values.put("payment", o.paymentPence() == null ? List.of() : List.of(Pence.pounds(o.paymentPence())));
        }
        return values;
    }

    private static String blankAsNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
