package uk.council.complaints.casework.record;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case the Local Government and Social Care Ombudsman (LGSCO) has about a complaint (table {@code ombudsman_case}).
 *
 * @param decision     {@code not-for-us}, {@code assessed-closed} or {@code investigated}; null until decided
 * @param fault        {@code fault-injustice}, {@code fault-no-injustice} or {@code no-fault}, when investigated
 * @param paymentPence a payment the Ombudsman asked for, in pence
 */
@MappedEntity("ombudsman_case")
public record OmbudsmanCase(@Id @GeneratedValue @Nullable Long id, long caseId, String lgscoReference, LocalDate receivedOn,
                     @Nullable LocalDate decidedOn, @Nullable String decision, @Nullable String fault,
                     @Nullable String remedy, @Nullable Long paymentPence, Instant recordedAt) {

    public static final String INVESTIGATED = "investigated";

    OmbudsmanCase decided(LocalDate on, String decisionCode, @Nullable String faultCode, @Nullable String remedyText,
                          @Nullable Long pence) {
        return new OmbudsmanCase(id, caseId, lgscoReference, receivedOn, on, decisionCode, faultCode, remedyText, pence,
                recordedAt);
    }
}
