package uk.council.complaints.intake;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import org.junit.jupiter.api.Test;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.Messages;
import uk.council.complaints.web.PortalLocales;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One record renders every question (issue 24), and a date's error marks its parts as each form always has: the
 * public form only the part that is missing (GOV.UK's date input pattern), the staff forms the whole date.
 */
class DateErrorMarksTest {
    private static final List<String> PARTS = List.of("day", "month", "year");
    private final QuestionPages pages = new QuestionPages(new Messages(new ResourceBundleMessageSource("i18n.messages"),
            new PortalLocales("en-GB", List.of("en-GB")), true));
    private final Field whenHappened = Arrays.stream(Step.values()).flatMap(s -> s.fields().stream())
            .filter(f -> f.name().equals("whenHappened")).findFirst().orElseThrow();

    @Test
    void thePublicFormMarksOnlyTheMissingPart() {
        assertEquals(List.of(false, true, false), marked(publicView("12", "", "2024")));
        assertEquals(List.of(false, false, true), marked(publicView("12", "3", "")));
    }

    @Test
    void thePublicFormMarksTheWholeDateWhenItIsNoDate() {
        assertEquals(List.of(true, true, true), marked(publicView("31", "2", "2024")));
    }

    @Test
    void aStaffFormMarksTheWholeDateWhateverIsMissing() {
        FieldView staff = FieldView.date("receivedOn", "Date received", null, "12", "", "2024", "Enter the month");
        assertEquals(List.of(true, true, true), marked(staff));
        assertEquals(List.of(true, true, true), marked(staff.optional().withId("receivedOn-2")));
    }

    @Test
    void neitherMarksADateWithoutAnError() {
        assertEquals(List.of(false, false, false), marked(publicView("12", "3", "2024")));
        assertEquals(List.of(false, false, false), marked(FieldView.date("receivedOn", "Date received", null, "12",
                "3", "2024", null)));
    }

    private FieldView publicView(String day, String month, String year) {
        Answers a = new Answers(Map.of("whenHappened-day", List.of(day), "whenHappened-month", List.of(month),
                "whenHappened-year", List.of(year)));
        FieldError error = FieldChecks.check(whenHappened, a, LocalDate.of(2025, 1, 1)).orElse(null);
        return pages.view(whenHappened, false, a, error);
    }

    private static List<Boolean> marked(FieldView f) {
        return PARTS.stream().map(f::datePartInError).toList();
    }
}
