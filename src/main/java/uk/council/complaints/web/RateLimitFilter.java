package uk.council.complaints.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;

import java.util.OptionalLong;

/**
 * Public form posts are limited per draft first (one person's journey: enough for a person, too few for a bot
 * hammering one form), and per network address only at a level that a library, a school or the council's own
 * contact centre sharing one connection does not reach. Staff sign-in has its own limit (staff.SignInLimiter).
 * docs/adr/0006-rate-limit-and-honeypot.md
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RateLimitFilter {
    /** intake.DraftStore's cookie: web cannot depend on intake, and the name is part of the public contract. */
    static final String DRAFT_COOKIE = "portal-draft";
    private final ClientConnection connection;
    private final ClientBuckets perDraft;
    private final ClientBuckets perAddress;
    /** "Save and come back later" (it emails anyone's address) and feedback (anyone may post it): a tighter limit. */
    private static final java.util.Set<String> TIGHTER = java.util.Set.of("/form/save", "/feedback");
    private final ClientBuckets tighter;

    RateLimitFilter(RateLimitProperties properties, ClientConnection connection) {
        this.connection = connection;
        this.perDraft = new ClientBuckets(properties.getCapacity(), properties.getPeriod(), properties.getMaxClients());
        this.perAddress = new ClientBuckets(properties.getPerAddressCapacity(), properties.getPeriod(), properties.getMaxClients());
        this.tighter = new ClientBuckets(properties.getEmailAndFeedbackPerAddress(), properties.getPeriod(), properties.getMaxClients());
    }

    @RequestFilter
    void limit(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || request.getPath().startsWith("/staff")) {
            return;
        }
        // A forged draft cookie only moves a bot to another draft bucket: the address limit still holds it.
        String draft = request.getCookies().findCookie(DRAFT_COOKIE).map(Cookie::getValue).orElse("");
        OptionalLong wait = draft.isBlank() ? OptionalLong.empty() : perDraft.take(draft);
        if (wait.isEmpty()) {
            wait = perAddress.take(connection.address(request));
        }
        if (wait.isEmpty() && TIGHTER.contains(request.getPath())) {
            wait = tighter.take(connection.address(request));
        }
        wait.ifPresent(seconds -> {
            throw PublicFormException.rateLimited(seconds);
        });
    }
}
