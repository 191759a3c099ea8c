package uk.council.complaints.intake;

import uk.council.complaints.journey.Answers;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads a date question's three parts, already validated by the journey. */
final class FieldDates {
    private FieldDates() {
    }

    static LocalDate parse(Answers a, String field) {
        if (!a.has(field + "-year")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(a.get(field + "-year")), Integer.parseInt(a.get(field + "-month")),
                    Integer.parseInt(a.get(field + "-day")));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
