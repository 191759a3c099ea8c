package uk.council.complaints.journey;

/** The GOV.UK component a field is shown with, which also decides how it is checked. */
public enum FieldKind {
    TEXT, TEXTAREA, EMAIL, PHONE, NUMBER, RADIOS, CHECKBOXES, DATE, REFERENCE
}
