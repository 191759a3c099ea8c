package uk.council.complaints.web;

import io.micronaut.http.HttpStatus;

/**
 * A public form post that cannot be accepted as it is, shown to the person as a friendly page
 * (views/errors/error.html, with the words of errors.{page}.* in the bundle) with the given status, never as JSON or a stack trace.
 */
public class PublicFormException extends RuntimeException {
    private final HttpStatus status;
    private final String page;
    private final long retryAfterSeconds;

    public PublicFormException(HttpStatus status, String page) {
        this(status, page, 0);
    }

    private PublicFormException(HttpStatus status, String page, long retryAfterSeconds) {
        super(page, null, false, false);
        this.status = status;
        this.page = page;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static PublicFormException csrf() {
        return new PublicFormException(HttpStatus.FORBIDDEN, "csrf");
    }

    public static PublicFormException expired() {
        return new PublicFormException(HttpStatus.GONE, "expired");
    }

    /** The answers this browser had were handed over to a "save and come back later" link (issue 20). */
    public static PublicFormException moved() {
        return new PublicFormException(HttpStatus.GONE, "moved");
    }

    public static PublicFormException rejected() {
        return new PublicFormException(HttpStatus.BAD_REQUEST, "rejected");
    }

    /** Too many posts: {@code retryAfterSeconds} becomes the response's Retry-After header. */
    public static PublicFormException rateLimited(long retryAfterSeconds) {
        return new PublicFormException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", Math.max(1, retryAfterSeconds));
    }

    public static PublicFormException methodNotAllowed() {
        return new PublicFormException(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
    }

    public HttpStatus status() {
        return status;
    }

    public String page() {
        return page;
    }

    /** Seconds to wait before trying again; 0 when the page does not say. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
