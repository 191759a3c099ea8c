package uk.council.complaints.intake;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.journey.Answers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: equality answers without the person's consent are refused at the staff intake's final check
 * ({@link StaffIntakePages#problems}, which import uses) as the equality section of the page refuses them, with the
 * error on the consent box: the final check finds exactly the problems the page shows.
 */
@MicronautTest(transactional = false)
class StaffEqualityFinalCheckTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 30);
    static final String REFUSED = "Tick that the person agreed to answer the equality questions, or clear their answers";
    @Inject
    StaffIntakePages pages;
    @Inject
    ImportIntake intake;

    @Test
    void equalityAnswersWithoutConsentAreRefusedOnTheConsentBoxAsThePageRefusesThem() {
        Answers noConsent = answers("ageBand", "35-44", "gender", "woman");
        List<?> shown = (List<?>) pages.secondPage(noConsent, TODAY, true).get("errors");
        assertEquals(1, shown.size(), shown::toString);
        assertEquals(shown, pages.problems(noConsent, TODAY), "the final check finds what the page shows");
        assertEquals(Map.of("equalityConsent", REFUSED), intake.check(noConsent.asMap(), TODAY));

        Answers notTheBox = answers("equalityConsent", "maybe", "ageBand", "35-44");
        assertEquals(pages.secondPage(notTheBox, TODAY, true).get("errors"), pages.problems(notTheBox, TODAY));
        assertTrue(intake.check(notTheBox.asMap(), TODAY).containsKey("equalityConsent"));

        Answers consented = answers("equalityConsent", "yes", "ageBand", "35-44", "gender", "woman");
        assertEquals(List.of(), pages.problems(consented, TODAY));
        assertEquals(Map.of(), intake.check(consented.asMap(), TODAY));
    }

    /** A parent's complaint taken on the phone, every required answer given, and these equality pairs. */
    private static Answers answers(String... equality) {
        List<String> pairs = new ArrayList<>(StaffIntakeHttpTest.first("complaint", "parent", "phone", TODAY.minusDays(20)));
        pairs.addAll(StaffIntakeHttpTest.complaint("sam@example.org", "issue-1-nature", "delay", "issue-1-summary", "Visits stopped"));
        pairs.addAll(List.of(equality));
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            values.computeIfAbsent(pairs.get(i), k -> new ArrayList<>()).add(pairs.get(i + 1));
        }
        return new Answers(values);
    }
}
