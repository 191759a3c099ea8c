package uk.council.complaints.intake;

import uk.council.complaints.journey.Answers;

import java.time.LocalDate;

/** Reads a date question's three parts, already validated by the journey. */
final class FieldDates {
    private FieldDates() {
    }

    static LocalDate parse(Answers a, String field) {
        return a.date(field);
    }
}
