package uk.council.complaints.staff;

import io.micronaut.http.HttpStatus;

/** A staff request that ends on one of the staff error pages (views/staff/...), never a stack trace. */
public class StaffPageException extends RuntimeException {
    private final HttpStatus status;
    private final String view;

    public StaffPageException(HttpStatus status, String view) {
        super(view, null, false, false);
        this.status = status;
        this.view = view;
    }

    public static StaffPageException notFound() {
        return new StaffPageException(HttpStatus.NOT_FOUND, "staff/not-found");
    }

    HttpStatus status() {
        return status;
    }

    String view() {
        return view;
    }
}
