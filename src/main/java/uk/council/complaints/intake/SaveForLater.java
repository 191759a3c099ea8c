package uk.council.complaints.intake;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.council.complaints.notify.CaseEmails;
import uk.council.complaints.notify.Outbox;
import uk.council.complaints.web.PublicFormException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Save and come back later (DESIGN section 2): a single-use link, 256 random bits, emailed through the outbox;
 * only its SHA-256 is stored. While the link works the draft is kept for the saved period, not the idle timeout.
 * No case exists yet, so the log is the audit, with no personal data: the hash's first characters and the times.
 */
@Singleton
class SaveForLater {
    private static final Logger LOG = LoggerFactory.getLogger(SaveForLater.class);
    /** 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private final SecureRandom random = new SecureRandom();
    private final SavedLinkRepository links;
    private final DraftRepository draftRepository;
    private final DraftStore drafts;
    private final DraftHandOver handOver;
    private final SaveEmailSentRepository sent;
    private final Outbox outbox;
    private final CaseEmails emails;
    private final Clock clock;
    private final String baseUrl;

    SaveForLater(SavedLinkRepository links, DraftRepository draftRepository, DraftStore drafts, DraftHandOver handOver,
                 SaveEmailSentRepository sent, Outbox outbox, CaseEmails emails, Clock clock,
                 @Value("${portal.base-url:`http://localhost:8080`}") String baseUrl) {
        this.links = links;
        this.draftRepository = draftRepository;
        this.drafts = drafts;
        this.handOver = handOver;
        this.sent = sent;
        this.outbox = outbox;
        this.emails = emails;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Which limit on save emails (issue 20) sending one more to this address, for this draft, would pass; empty: none. */
    Optional<Limit> limit(Draft draft, String email) {
        DraftProperties properties = drafts.properties();
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        if (sent.countByAddressHashAndSentAtGreaterThan(hash(email.toLowerCase(Locale.ROOT)), dayAgo)
                >= properties.getSaveEmailsPerAddress()) {
            return Optional.of(Limit.ADDRESS);
        }
        return links.countByDraftId(draft.id()) >= properties.getSaveEmailsPerDraft()
                ? Optional.of(Limit.DRAFT) : Optional.empty();
    }

    enum Limit { ADDRESS, DRAFT }

    /**
     * Makes a new link (earlier unused ones stop working) that returns to {@code returnTo}, hands the draft over to
     * it (the saving browser's cookie no longer opens it), keeps it as long as the link works, and queues the email.
     */
    @Transactional
    SavedLink send(Draft draft, String email, @Nullable String returnTo) {
        Draft locked = draftRepository.findByIdForUpdate(draft.id()).orElseThrow(PublicFormException::moved);
        Instant now = clock.instant();
        Instant until = now.plus(drafts.properties().savedFor());
        links.deleteUnusedOf(locked.id());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SavedLink link = links.save(new SavedLink(hash(token), locked.id(), email, now, until, null, returnTo));
        handOver.move(locked, link.tokenHash(), until);
        sent.save(new SaveEmailSent(null, hash(email.toLowerCase(Locale.ROOT)), now));
        outbox.enqueue(emails.savedDraft(email, baseUrl + "/form/resume/" + token, until));
        LOG.info("Draft saved to come back later: link {} works until {}", shortHash(link), until);
        return link;
    }

    /** The link this token names, spent or not; empty for a token that is not one of ours (or was deleted). */
    Optional<SavedLink> find(String token) {
        return TOKEN.matcher(token).matches() ? links.findById(hash(token)) : Optional.empty();
    }

    /** A resumed draft, under its new id, and the page the person saved from (null: not known). */
    record Resumed(Draft draft, @Nullable String returnTo) {
    }

    /**
     * Spends the link and hands its draft over to the browser that spent it, under a new id, back on the idle timeout;
     * empty when spent, expired or unknown.
     */
    @Transactional
    Optional<Resumed> resume(String token) {
        Instant now = clock.instant();
        Optional<SavedLink> link = find(token);
        if (link.isEmpty() || links.spend(link.get().tokenHash(), now) != 1) {
            LOG.info("A saved-draft link was refused: {}", link.map(l -> shortHash(l) + (l.isSpent() ? " spent" : " expired"))
                    .orElse("unknown"));
            return Optional.empty();
        }
        LOG.info("Draft resumed from saved link {}", shortHash(link.get()));
        return draftRepository.findByIdForUpdate(link.get().draftId())
                .map(d -> new Resumed(handOver.move(d, null, now.plus(drafts.properties().getIdleTimeout())),
                        link.get().returnTo()));
    }

    /** The link a browser saved its answers to, by its hash (DraftLookup.linkHash). */
    Optional<SavedLink> byHash(String tokenHash) {
        return links.findById(tokenHash);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String shortHash(SavedLink link) {
        return link.tokenHash().substring(0, 8);
    }
}
