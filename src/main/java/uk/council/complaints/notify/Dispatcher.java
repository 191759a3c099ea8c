package uk.council.complaints.notify;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import uk.council.complaints.metrics.PortalMetrics;

/**
 * Sends what is due in the outbox, on every instance at once: each batch is claimed in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED}), sent outside it, and each outcome recorded.
 * Logs carry the email's id and purpose only, never an address, a name or a server message.
 */
@Singleton
class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** One poll drains a backlog a batch at a time, up to this many batches, then lets the next poll go on. */
    private static final int BATCHES_PER_POLL = 50;
    private final SecureRandom random = new SecureRandom();
    private final OutboxStore store;
    private final Mailer mailer;
    private final MailProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher<EmailSent> events;
    /** A claimant: the instance's name, a dash, 6 hex digits for this run, a slash, 12 hex digits for the batch. */
    private static final Pattern RUN_AND_BATCH = Pattern.compile("-[0-9a-f]{6}/[0-9a-f]{12}");
    private final PortalMetrics metrics;
    private final List<ClaimedWork> otherWork;
    private final String instance;
    /** The instance's own name (PORTAL_INSTANCE_NAME, else HOSTNAME); null when it has none of its own. */
    private final String name;
    private volatile boolean stopping;
    /** The last try found no mail server: the next poll asks the server before it claims any email. */
    private volatile boolean serverAway;

    Dispatcher(OutboxStore store, Mailer mailer, MailProperties properties, Clock clock,
               ApplicationEventPublisher<EmailSent> events, PortalMetrics metrics, List<ClaimedWork> otherWork,
               @Value("${portal.mail.instance-name:}") String instanceName) {
        this.otherWork = otherWork;
        this.store = store;
        this.events = events;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
        String given = instanceName.isBlank() ? System.getenv("HOSTNAME") : instanceName;
        this.name = given == null || given.isBlank() ? null : MailText.oneLine(given, 40).replace('/', '-');
        this.instance = (name == null ? "app" : name) + "-" + token(3);
        if (!mailer.isConfigured()) {
            LOG.info("Email is not configured (portal.mail.enabled, javamail.properties.mail.smtp.host): emails wait in the outbox");
        }
    }

    /**
     * On start-up, take back at once the claims this instance's previous run held (it was killed before
     * recording an outcome), rather than leave them for the claim timeout. Only claims made under this
     * instance's own name: instance names must be unique among the instances running (docs/adr/0008).
     */
    @EventListener
    void onStartup(StartupEvent event) {
        if (name == null) {
            return;
        }
        try {
            List<Long> ids = takeBackOwnClaims();
            if (!ids.isEmpty()) {
                LOG.warn("Took back {} emails claimed by this instance before it restarted", ids.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not take back this instance's earlier claims: {}", e.getClass().getName());
        }
    }

    /** The ids of the emails taken back: claimed by an earlier run of this instance (same name, another run). */
    List<Long> takeBackOwnClaims() {
        if (name == null) {
            return List.of();
        }
        String ownRun = instance.substring(name.length());
        java.util.function.Predicate<String> earlierRun = claimant -> claimant.startsWith(name)
                && RUN_AND_BATCH.matcher(claimant.substring(name.length())).matches()
                && !claimant.startsWith(ownRun, name.length());
        for (ClaimedWork work : otherWork) {
            work.takeBack(earlierRun, clock.instant(), "Claimed by this instance before it restarted");
        }
        return store.takeBack(earlierRun, clock.instant());
    }

    /** A claimant for one batch of this run (OutboxClaims): the same form as the emails' own. */
    String newClaimant() {
        return instance + "/" + token(6);
    }

    @Scheduled(fixedDelay = "${portal.mail.poll-interval:5s}", initialDelay = "${portal.mail.initial-delay:5s}")
    void poll() {
        if (!mailer.isConfigured() || stopping) {
            return;
        }
        try {
            for (int i = 0; i < BATCHES_PER_POLL && !stopping && dispatchOnce() == properties.getBatchSize(); i++) {
                // a full batch: there may be more waiting
            }
        } catch (RuntimeException e) {
            // The database is away, most likely (or closing with the application): the emails are safe in
            // the outbox, and the next poll tries again.
            if (!stopping) {
                LOG.warn("Outbox poll failed: {}", e.getClass().getName());
            }
        }
    }

    /**
     * Claims one batch and sends it; returns how many were claimed, or 0 when the mail server could not be reached
     * (the poll then stops: the rest of the backlog would meet the same outage).
     */
    int dispatchOnce() {
        try (Mailer.Batch connection = mailer.batch()) {
            if (serverAway && !answersAgain(connection)) {
                return 0;
            }
            return dispatchOnce(connection);
        }
    }

    /**
     * During an outage no email is tried, so none uses up its attempts however long the outage lasts: each poll asks
     * the server once, and the emails wait in the outbox (its metrics show the oldest one's age) until it answers.
     */
    private boolean answersAgain(Mailer.Batch connection) {
        try {
            connection.connect();
        } catch (Mailer.Unreachable e) {
            return false;
        }
        serverAway = false;
        LOG.warn("The mail server answers again: sending what waited in the outbox");
        return true;
    }

    private int dispatchOnce(Mailer.Batch connection) {
        Instant now = clock.instant();
        Instant until = now.plus(properties.getClaimTimeout());
        String claimant = newClaimant();
        List<OutboxEmail> batch = store.claim(claimant, properties.getBatchSize(), now, until);
        // Stop well before the claim runs out: after that another instance may take the same email.
        Instant stopAt = until.minus(properties.getClaimTimeout().dividedBy(5));
        for (int i = 0; i < batch.size(); i++) {
            if (stopping) {
                break; // shutting down: what is left waits for its claim to run out
            }
            if (!clock.instant().isBefore(stopAt)) {
                LOG.warn("Outbox batch {} ran long: the rest waits for its claim to run out", claimant);
                break;
            }
            if (!deliver(batch.get(i), claimant, connection)) {
                // One email met the outage; the rest of the batch is given back untried, attempts uncounted.
                serverAway = true;
                store.release(batch.subList(i + 1, batch.size()).stream().map(OutboxEmail::id).toList(), claimant,
                        clock.instant());
                LOG.warn("The mail server cannot be reached: emails wait in the outbox until it answers");
                return 0;
            }
        }
        return batch.size();
    }

    /** Sends one email and records the outcome; false when the mail server could not be reached at all. */
    private boolean deliver(OutboxEmail email, String claimant, Mailer.Batch connection) {
        try {
            connection.send(email);
        } catch (Mailer.Rejected e) {
            store.failed(email, claimant, clock.instant(), e.getMessage(), true, null);
            metrics.deliveryFailed("rejected");
            LOG.warn("Email {} ({}) cannot be sent: {}", email.id(), email.purpose(), e.getMessage());
            return true;
        } catch (Exception failure) {
            // Recorded and logged as what went wrong (a refused connection, say), not as the dispatcher's own wrapper.
            Exception e = failure instanceof Mailer.Unreachable away && away.getNextException() != null
                    ? away.getNextException() : failure;
            Instant at = clock.instant();
            boolean lastTry = email.attempts() >= properties.getMaxAttempts();
            Instant retryAt = lastTry ? null : at.plus(properties.backoff(email.attempts()));
            store.failed(email, claimant, at, MailText.errorSummary(e), false, retryAt);
            metrics.deliveryFailed("failed");
            // The first failure and the last are warnings; the retries between are routine during an outage.
            if (email.attempts() == 1 || lastTry) {
                LOG.warn("Email {} ({}) not sent, attempt {}{}: {}", email.id(), email.purpose(), email.attempts(),
                        lastTry ? ", no more tries" : ", will try again", e.getClass().getName());
            } else {
                LOG.info("Email {} ({}) not sent, attempt {}: {}", email.id(), email.purpose(), email.attempts(),
                        e.getClass().getName());
            }
            return !(failure instanceof Mailer.Unreachable);
        }
        // Outside the try: once sent, a failure to record it must never count as a failed send.
        // If the database is away now, the email stays claimed and is sent again after the claim (docs/adr/0008-email-outbox.md).
        // The database keeps microseconds: the event says the same time as the row.
        Instant sentAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.sent(email, claimant, sentAt);
        LOG.info("Email {} ({}) sent", email.id(), email.purpose());
        try {
            events.publishEvent(new EmailSent(email.id(), email.caseId(), EmailPurpose.of(email.purpose()),
                    email.includesLeaflet(), sentAt));
        } catch (RuntimeException e) {
            LOG.warn("A listener failed on email {} ({}) sent: {}", email.id(), email.purpose(), e.getClass().getName());
        }
        return true;
    }

    /** This run of the instance: its name and this start's token, as its claims begin (InstanceHeartbeat). */
    String run() {
        return instance;
    }

    /** No new batch, and no new email of a batch, once the application is closing. */
    @PreDestroy
    void stop() {
        stopping = true;
    }

    private String token(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
