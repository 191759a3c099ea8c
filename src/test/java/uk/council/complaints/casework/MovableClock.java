package uk.council.complaints.casework;

import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets to a day (noon in England), so deadlines are counted from known dates. */
final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-12-01T12:00:00Z");

    void setDay(LocalDate day) {
        now = day.atTime(12, 0).atZone(ClockFactory.COUNCIL_ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
