package uk.council.complaints.deadline;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** Makes the bank holidays and the working-day calculator beans. */
@Factory
class DeadlineFactory {

    // Loaded as the portal starts, so a mistake in a council's file stops startup instead of a later request.
    @Context
    BankHolidays bankHolidays(DeadlineProperties properties) {
        String file = properties.getBankHolidaysFile();
        if (file == null || file.isBlank()) {
            return BankHolidays.fromClasspath();
        }
        return BankHolidays.fromFile(Path.of(file.strip()));
    }

    @Singleton
    WorkingDays workingDays(BankHolidays bankHolidays) {
        return new WorkingDays(bankHolidays);
    }
}
