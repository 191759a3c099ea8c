package uk.council.complaints.web;

import io.micronaut.http.HttpRequest;

import java.time.Duration;

/**
 * A request given more database time than a page's {@link RequestDeadline} (ADR 0024), from now: the managers' register
 * import (issue 25), hundreds of cases in one transaction, which a manager starts a few times a year.
 */
public final class LongRequests {
    private LongRequests() {
    }

    public static void allow(HttpRequest<?> request, Duration budget) {
        request.setAttribute(RequestDeadline.ATTRIBUTE, System.nanoTime() + budget.toNanos());
    }
}
