package uk.council.complaints.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factory's choice of file, startup failure on a bad file, and property binding: small contexts, no server. */
class DeadlineFactoryTest {

    @Test
    void usesTheBuiltInListWhenNoFileIsConfigured() {
        DeadlineProperties properties = new DeadlineProperties();
        properties.setBankHolidaysFile("  ");

        BankHolidays holidays = new DeadlineFactory().bankHolidays(properties);

        assertTrue(holidays.isListedInFile(2026));
    }

    @Test
    void configuredFileAndSettingsAreUsed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("holidays.csv"),
                PublishedBankHolidays.csvFor(PublishedBankHolidays.Y2025));
        Map<String, Object> settings = Map.of(
                "portal.deadlines.bank-holidays-file", file.toString(),
                "portal.deadlines.stage1-extended", 21,
                "portal.deadlines.corporate-service-reply", 11,
                "portal.deadlines.stage3-panel", 31);

        try (ApplicationContext context = ApplicationContext.run(settings)) {
            BankHolidays holidays = context.getBean(BankHolidays.class);
            DeadlineProperties properties = context.getBean(DeadlineProperties.class);

            assertTrue(holidays.isListedInFile(2025));
            assertFalse(holidays.isListedInFile(2026));
            assertEquals(LocalDate.of(2025, 4, 22),
                    context.getBean(WorkingDays.class).addWorkingDays(LocalDate.of(2025, 4, 17), 1));
            assertEquals(21, properties.workingDaysFor(DeadlineKind.STAGE1_EXTENDED));
            assertEquals(11, properties.workingDaysFor(DeadlineKind.CORPORATE_SERVICE_REPLY));
            assertEquals(31, properties.workingDaysFor(DeadlineKind.STAGE3_PANEL));
            assertEquals(10, properties.workingDaysFor(DeadlineKind.STAGE1));
        }
    }

    @Test
    void aMalformedConfiguredFileStopsStartupNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("holidays.csv"), "date,title\n2025-12-25 Christmas Day\n");
        Map<String, Object> settings = Map.of("portal.deadlines.bank-holidays-file", file.toString());

        RuntimeException error = assertThrows(RuntimeException.class, () -> ApplicationContext.run(settings).close());

        assertTrue(rootCause(error).getMessage().startsWith(file + " line 2: "), rootCause(error).getMessage());
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
