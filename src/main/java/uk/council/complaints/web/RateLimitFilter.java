package uk.council.complaints.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;

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

    RateLimitFilter(RateLimitProperties properties, ClientConnection connection) {
        this.connection = connection;
        this.perDraft = new ClientBuckets(properties.getCapacity(), properties.getPeriod(), properties.getMaxClients());
        this.perAddress = new ClientBuckets(properties.getPerAddressCapacity(), properties.getPeriod(), properties.getMaxClients());
    }

    @RequestFilter
    void limit(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || request.getPath().startsWith("/staff")) {
            return;
        }
        // A forged draft cookie only moves a bot to another draft bucket: the address limit still holds it.
        request.getCookies().findCookie(DRAFT_COOKIE).map(Cookie::getValue).filter(id -> !id.isBlank())
                .flatMap(id -> toOptional(perDraft.take(id)))
                .ifPresent(wait -> {
                    throw PublicFormException.rateLimited(wait);
                });
        perAddress.take(connection.address(request)).ifPresent(wait -> {
            throw PublicFormException.rateLimited(wait);
        });
    }

    private static java.util.Optional<Long> toOptional(java.util.OptionalLong wait) {
        return wait.isPresent() ? java.util.Optional.of(wait.getAsLong()) : java.util.Optional.empty();
    }
}
