package uk.council.complaints.youngperson;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A young person who asked to be contacted through their advocate, social worker or carer. */
@MappedEntity("case_contact_helper")
public record HelperContact(@Id long caseId, String contactVia, String helperName, String helperContact) {
}
