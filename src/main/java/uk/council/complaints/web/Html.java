package uk.council.complaints.web;

/** What a page is sent as. */
public final class Html {
    /**
     * Declared with {@code @Produces} on every controller that answers with pages. Without it Micronaut's router takes
     * a controller to produce application/json and answers 406 to a request that accepts only text/html (some tools,
     * crawlers, accessibility checkers; issue 26). The charset is part of it because the views filter sends the
     * declared type as it stands, and pages have always said UTF-8. Where a controller also serves a file, on its page
     * methods only: a class's {@code @Produces} is added to a method's own (AcceptHtmlOnlyHttpTest).
     */
    public static final String PAGE = "text/html;charset=UTF-8";

    private Html() {
    }
}
