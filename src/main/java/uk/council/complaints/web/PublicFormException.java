package uk.council.complaints.web;

import io.micronaut.http.HttpStatus;

/**
 * A public form post that cannot be accepted as it is, shown to the person as a friendly page
 * (views/errors/error.html, with the words of errors.{page}.* in the bundle) with the given status, never as JSON or a stack trace.
 */
public class PublicFormException extends RuntimeException {
    private final HttpStatus status;
    private final String page;

    public PublicFormException(HttpStatus status, String page) {
        super(page, null, false, false);
        this.status = status;
        this.page = page;
    }

    public static PublicFormException csrf() {
        return new PublicFormException(HttpStatus.FORBIDDEN, "csrf");
    }

    public static PublicFormException expired() {
        return new PublicFormException(HttpStatus.GONE, "expired");
    }

    public static PublicFormException rejected() {
        return new PublicFormException(HttpStatus.BAD_REQUEST, "rejected");
    }

    public static PublicFormException rateLimited() {
        return new PublicFormException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited");
    }

    public HttpStatus status() {
        return status;
    }

    public String page() {
        return page;
    }
}
