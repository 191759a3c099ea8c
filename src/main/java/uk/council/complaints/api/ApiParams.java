package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.triage.Queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** The API's query parameters, checked: a value it cannot use is a 400 naming the parameter ({@link ApiBadRequest}). */
@Singleton
class ApiParams {
    private final ApiProperties properties;
    private final Clock clock;

    ApiParams(ApiProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    CaseChanges.Filter caseFilter(@Nullable String since, @Nullable String cursor, @Nullable String limit,
                                  @Nullable String kind, @Nullable String stage, @Nullable String status,
                                  @Nullable String queue) {
        Instant from = Instant.EPOCH;
        if (since != null) {
            try {
                from = Instant.parse(since);
            } catch (DateTimeParseException e) {
                throw new ApiBadRequest("since");
            }
        }
        check("kind", kind, Arrays.stream(SubmissionKind.values()).map(Enum::name).toList());
        check("status", status, Arrays.stream(CaseStatus.values()).map(CaseStatus::code).toList());
        check("queue", queue, Arrays.stream(Queue.values()).map(Enum::name).toList());
        check("stage", stage, java.util.List.of("1", "2", "3"));
        return new CaseChanges.Filter(from, cursor == null ? null : ApiCursor.decode(cursor), kind,
                stage == null ? null : Integer.valueOf(stage), status, queue, limit(limit));
    }

    int limit(@Nullable String limit) {
        if (limit == null) {
            return properties.getPageSize();
        }
        try {
            int n = Integer.parseInt(limit);
            if (n >= 1 && n <= properties.getPageSize()) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ApiBadRequest("limit");
    }

    long eventCursor(@Nullable String after) {
        if (after == null) {
            return 0;
        }
        try {
            long id = Long.parseLong(after);
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ApiBadRequest("after");
    }

    /** The feed answers events at least this old (EventFeed: a transaction still open may hold an earlier id). */
    Instant settledBy() {
        return clock.instant().minus(properties.getEventsSettle());
    }

    private static void check(String name, @Nullable String value, java.util.List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new ApiBadRequest(name);
        }
    }
}
