package uk.council.complaints.intake;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.council.complaints.notify.CaseEmails;
import uk.council.complaints.notify.Outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
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
    private final Outbox outbox;
    private final CaseEmails emails;
    private final Clock clock;
    private final String baseUrl;

    SaveForLater(SavedLinkRepository links, DraftRepository draftRepository, DraftStore drafts, Outbox outbox,
                 CaseEmails emails, Clock clock, @Value("${portal.base-url:`http://localhost:8080`}") String baseUrl) {
        this.links = links;
        this.draftRepository = draftRepository;
        this.drafts = drafts;
        this.outbox = outbox;
        this.emails = emails;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Makes a new link (earlier unused ones stop working), keeps the draft as long, and queues the email. */
    @Transactional
    SavedLink send(Draft draft, String email) {
        Instant now = clock.instant();
        Instant until = now.plus(drafts.properties().savedFor());
        links.deleteUnusedOf(draft.id());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SavedLink link = links.save(new SavedLink(hash(token), draft.id(), email, now, until, null));
        drafts.expireAt(draft.id(), until);
        outbox.enqueue(emails.savedDraft(email, baseUrl + "/form/resume/" + token, until));
        LOG.info("Draft saved to come back later: link {} works until {}", shortHash(link), until);
        return link;
    }

    /** The link this token names, spent or not; empty for a token that is not one of ours (or was deleted). */
    Optional<SavedLink> find(String token) {
        return TOKEN.matcher(token).matches() ? links.findById(hash(token)) : Optional.empty();
    }

    /** Spends the link and gives its draft, back on the idle timeout; empty when spent, expired or unknown. */
    @Transactional
    Optional<Draft> resume(String token) {
        Instant now = clock.instant();
        Optional<SavedLink> link = find(token);
        if (link.isEmpty() || links.spend(link.get().tokenHash(), now) != 1) {
            LOG.info("A saved-draft link was refused: {}", link.map(l -> shortHash(l) + (l.isSpent() ? " spent" : " expired"))
                    .orElse("unknown"));
            return Optional.empty();
        }
        String draftId = link.get().draftId();
        drafts.expireAt(draftId, now.plus(drafts.properties().getIdleTimeout()));
        LOG.info("Draft resumed from saved link {}", shortHash(link.get()));
        return draftRepository.findById(draftId);
    }

    /** The latest link sent for this draft: for the page that says where it went and until when. */
    Optional<SavedLink> latest(Draft draft) {
        return links.findFirstByDraftIdOrderByCreatedAtDesc(draft.id());
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
