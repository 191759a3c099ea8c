package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The events: one case's timeline, and every case's events after a cursor (an event id). Needs events:read. */
@Controller("/api/v1")
@Secured(ApiScope.EVENTS_READ)
@Tag(name = "events")
@ExecuteOn(TaskExecutors.BLOCKING)
class ApiEventsController {
    private final ApiReads reads;
    private final EventFeed feed;
    private final ApiParams params;
    private final ApiErrors errors;

    ApiEventsController(ApiReads reads, EventFeed feed, ApiParams params, ApiErrors errors) {
        this.reads = reads;
        this.feed = feed;
        this.params = params;
        this.errors = errors;
    }

    @Get(value = "/cases/{reference}/events", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One case's timeline, oldest first")
    ApiViews.EventsPage caseEvents(String reference, Authentication authentication) {
        return ApiViews.events(reads.eventsFor(reference, ApiCaller.of(authentication))
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no case")), null);
    }

    /** Every case's events after the given one, oldest first (the API's own reads left out). Keep nextAfter. */
    @Get(value = "/events", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "All events after a cursor")
    ApiViews.EventsPage events(
            @Parameter(description = "The id of the last event already seen (nextAfter of the previous page); default 0")
            @Nullable @QueryValue String after,
            @Parameter(description = "Events per page, 1 to 100 (default 100)") @Nullable @QueryValue String limit) {
        long from = params.eventCursor(after);
        var events = feed.after(from, params.settledBy(), params.limit(limit));
        return ApiViews.events(events, events.isEmpty() ? Long.toString(from) : Long.toString(events.get(events.size() - 1).id()));
    }

    @Error(exception = ApiBadRequest.class)
    HttpResponse<?> badParameter(HttpRequest<?> request, ApiBadRequest e) {
        return errors.badParameter(request, e);
    }
}
