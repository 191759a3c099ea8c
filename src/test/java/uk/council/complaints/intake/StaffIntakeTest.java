package uk.council.complaints.intake;

import org.junit.jupiter.api.Test;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.Step;
import uk.council.complaints.journey.SubmissionKind;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules of staff intake: the first page's checks, and which of the online form's pages follow. */
class StaffIntakeTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void whoItIsFromIsAskedOnlyForComplaintsAndCallBacks() {
        assertEquals(List.of("role"), codes(first("complaint", "", "letter", "1", "12", "2026")).keySet().stream().toList());
        assertTrue(codes(first("compliment", "", "letter", "1", "12", "2026")).isEmpty());
        assertTrue(codes(first("callback", "foster-carer", "phone", "2", "12", "2026")).isEmpty());
    }

    @Test
    void theDateReceivedIsARealDateNotInTheFutureAndNotOverAYearAgo() {
        assertEquals("future", codes(first("enquiry", "", "email", "3", "12", "2026")).get("receivedOn"));
        assertEquals("tooOld", codes(first("enquiry", "", "email", "1", "12", "2025")).get("receivedOn"));
        assertTrue(codes(first("enquiry", "", "email", "2", "12", "2025")).isEmpty(), "a year ago to the day");
        assertEquals("invalid", codes(first("enquiry", "", "email", "31", "2", "2026")).get("receivedOn"));
        assertEquals("missingYear", codes(first("enquiry", "", "email", "3", "2", "")).get("receivedOn"));
        assertEquals("invalid", codes(first("enquiry", "", "online-form", "1", "12", "2026")).get("receivedVia"),
                "the online form is not a way staff enter a case");
        assertEquals("invalid", codes(first("stage2", "", "email", "1", "12", "2026")).get("kind"));
    }

    @Test
    void theSecondPageAsksTheOnlineFormsQuestionsForTheKindAndPerson() {
        assertEquals(List.of(Step.SAFETY, Step.CHILD, Step.PARENTAL_RESPONSIBILITY, Step.SERVICE, Step.WHAT_HAPPENED,
                Step.PUT_RIGHT, Step.COURT_PROCEEDINGS, Step.RAISED_BEFORE, Step.CONTACT, Step.ACCESS_NEEDS, Step.EQUALITY),
                StaffIntake.steps("complaint", "parent"));
        // issue 21: equality answers given on the phone, with consent, for a complaint or call-back
        assertEquals(List.of(Step.SAFETY, Step.SERVICE, Step.CALLBACK, Step.CONTACT, Step.ACCESS_NEEDS, Step.EQUALITY),
                StaffIntake.steps("callback", "young-person"));
        assertEquals(List.of(Step.FEEDBACK, Step.CONTACT), StaffIntake.steps("enquiry", ""));
        assertFalse(StaffIntake.shown(Step.CALLBACK).stream().anyMatch(f -> f.name().equals("phone")),
                "the call-back's phone is the contact details' phone: asked once");
        assertEquals(SubmissionKind.ENQUIRY, StaffIntake.kind(first("enquiry", "", "email", "1", "12", "2026")));
        Answers comment = StaffIntake.asJourneyAnswers(first("comment", "parent", "email", "1", "12", "2026").asMap());
        assertEquals("compliment", comment.get("purpose"));
        assertEquals("comment", comment.get("feedbackType"));
        assertFalse(comment.has("role"), "who it is from is not asked for feedback");
    }

    private static Answers first(String kind, String role, String via, String day, String month, String year) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("kind", List.of(kind));
        m.put("role", List.of(role));
        m.put("receivedVia", List.of(via));
        m.put("receivedOn-day", List.of(day));
        m.put("receivedOn-month", List.of(month));
        m.put("receivedOn-year", List.of(year));
        return new Answers(m);
    }

    private static Map<String, String> codes(Answers a) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Map.Entry<String, FieldError> e : StaffIntake.checkFirstPage(a, TODAY).entrySet()) {
            codes.put(e.getKey(), e.getValue().code());
        }
        return codes;
    }
}
