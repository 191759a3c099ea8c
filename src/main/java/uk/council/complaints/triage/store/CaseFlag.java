package uk.council.complaints.triage.store;

import uk.council.complaints.triage.Flag;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** One flag on a case (table {@code case_flag}). */
@MappedEntity("case_flag")
record CaseFlag(@EmbeddedId Key key) {

    // Without the explicit names an embedded id's columns are prefixed with "key_".
    @Embeddable
    record Key(@MappedProperty("case_id") long caseId, @MappedProperty("flag") String flag) {
    }

    static CaseFlag of(long caseId, Flag flag) {
        return new CaseFlag(new Key(caseId, flag.name()));
    }

    Flag flag() {
        return Flag.valueOf(key.flag());
    }
}
