package uk.council.complaints.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** One clock for the whole app, so tests can move time (draft expiry, deadlines). */
@Factory
public class ClockFactory {
    /** Dates on forms and deadlines are the council's, in England. */
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(COUNCIL_ZONE));
    }
}
