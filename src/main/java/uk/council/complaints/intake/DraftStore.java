package uk.council.complaints.intake;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.web.ClientConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads and saves drafts, and names them in an HttpOnly cookie that holds nothing but a random id. */
@Singleton
class DraftStore {
    static final String COOKIE = "portal-draft";
    private static final Argument<Map<String, List<String>>> ANSWERS_TYPE =
            Argument.mapOf(Argument.STRING, Argument.listOf(String.class));
    private final SecureRandom random = new SecureRandom();
    private final DraftRepository repository;
    private final DraftMovedRepository moved;
    private final DraftProperties properties;
    private final JsonMapper json;
    private final ClientConnection connection;
    private final Clock clock;

    DraftStore(DraftRepository repository, DraftMovedRepository moved, DraftProperties properties, JsonMapper json,
               ClientConnection connection, Clock clock) {
        this.repository = repository;
        this.moved = moved;
        this.properties = properties;
        this.json = json;
        this.connection = connection;
        this.clock = clock;
    }

    /** What the request's cookie points to: nothing, a draft that has expired, or a live one. */
    DraftLookup lookup(HttpRequest<?> request) {
        Optional<String> id = draftId(request);
        if (id.isEmpty()) {
            return DraftLookup.none();
        }
        Optional<Draft> draft = repository.findById(id.get());
        if (draft.isEmpty()) {
            return moved.findById(id.get()).map(m -> DraftLookup.moved(m.linkHash())).orElseGet(DraftLookup::expired);
        }
        if (draft.get().isExpired(clock.instant())) {
            return DraftLookup.expired();
        }
        return DraftLookup.live(draft.get());
    }

    /** The id in the person's draft cookie, unread: empty when they have none. */
    Optional<String> draftId(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(id -> !id.isBlank());
    }

    Draft create(Answers answers) {
        Instant now = clock.instant();
        return repository.save(new Draft(newId(), toJson(answers), now, now, now.plus(properties.getIdleTimeout()), null));
    }

    /** 256 random bits, base64url: a draft's id, which only the cookie of the browser that holds it knows. */
    String newId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Draft save(Draft draft, Answers answers) {
        Instant now = clock.instant();
        return repository.update(new Draft(draft.id(), toJson(answers), draft.createdAt(), now,
                idleExpiry(draft, now), draft.caseReference()));
    }

    /** "Keep my answers": the idle timer starts again. */
    void keepAlive(Draft draft) {
        Instant now = clock.instant();
        repository.update(draft.id(), idleExpiry(draft, now), now);
    }

    /** The idle timeout from now, never shorter than a saved draft's period (save and come back later). */
    private Instant idleExpiry(Draft draft, Instant now) {
        Instant idle = now.plus(properties.getIdleTimeout());
        return draft.expiresAt().isAfter(idle) ? draft.expiresAt() : idle;
    }

    /** Sets when the draft expires: kept for the saved period, or back to the idle timeout once resumed. */
    void expireAt(String draftId, Instant expiresAt) {
        repository.update(draftId, expiresAt, clock.instant());
    }

    Answers answers(Draft draft) {
        try {
            return new Answers(json.readValue(draft.answers(), ANSWERS_TYPE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String toJson(Answers answers) {
        try {
            return json.writeValueAsString(answers.asMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Cookie cookie(Draft draft, HttpRequest<?> request) {
        return Cookie.of(COOKIE, draft.id()).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(connection.isHttps(request));
    }

    Cookie clearCookie(HttpRequest<?> request) {
        return Cookie.of(COOKIE, "").path("/").httpOnly(true).sameSite(SameSite.Lax).secure(connection.isHttps(request)).maxAge(0);
    }

    /**
     * Saved with "Save and come back later": kept for the saved period (until resumed), not the idle timeout. A minute's
     * margin, because a database may round the stored expiry (PostgreSQL keeps microseconds, and rounds).
     */
    boolean isSaved(Draft draft) {
        return draft.expiresAt().isAfter(clock.instant().plus(properties.getIdleTimeout()).plus(Duration.ofMinutes(1)));
    }

    long secondsLeft(Draft draft) {
        return Math.max(0, draft.expiresAt().getEpochSecond() - clock.instant().getEpochSecond());
    }

    DraftProperties properties() {
        return properties;
    }

    /** Expired drafts hold personal data nobody will finish: delete them (safe on every instance at once). */
    @Scheduled(fixedDelay = "15m", initialDelay = "1m")
    void deleteExpired() {
        repository.deleteByExpiresAtLessThan(clock.instant());
    }
}
