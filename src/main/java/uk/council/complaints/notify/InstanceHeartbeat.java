package uk.council.complaints.notify;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Every instance says it is alive (outbox_instance) every {@code portal.mail.heartbeat-interval}, and takes back the
 * claims of any run not seen for {@code portal.mail.instance-gone-after} (ADR 0024): after a crash, or a restart under
 * another name, the dead run's emails go again within about a minute instead of after the 5-minute claim. A run that
 * was only cut off from the database may have sent some of them: the same Message-ID then goes twice (ADR 0008).
 * Claims of a run that never wrote a row (an instance older than this) are left to run out, as before.
 */
@Singleton
class InstanceHeartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceHeartbeat.class);
    private final Heartbeats heartbeats;
    private final OutboxStore store;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final Duration goneAfter;
    private final List<ClaimedWork> otherWork;

    InstanceHeartbeat(Heartbeats heartbeats, OutboxStore store, Dispatcher dispatcher, Clock clock,
                      @Value("${portal.mail.instance-gone-after:60s}") Duration goneAfter, List<ClaimedWork> otherWork) {
        this.otherWork = otherWork;
        this.heartbeats = heartbeats;
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.goneAfter = goneAfter;
    }

    @Scheduled(fixedDelay = "${portal.mail.heartbeat-interval:15s}", initialDelay = "${portal.mail.heartbeat-initial-delay:0s}")
    void beat() {
        try {
            Instant now = clock.instant();
            heartbeats.beat(dispatcher.run(), now);
            Set<String> gone = heartbeats.lastSeenBefore(now.minus(goneAfter));
            gone.remove(dispatcher.run());
            if (!gone.isEmpty()) {
                List<Long> ids = store.takeBackFromGone(gone, now);
                for (ClaimedWork work : otherWork) {
                    work.takeBack(OutboxStore.claimedByOneOf(gone), now, "Claimed by an instance no longer seen");
                }
                heartbeats.forget(gone);
                if (!ids.isEmpty()) {
                    LOG.warn("{} instance run(s) not seen for {}: took back {} emails they had claimed", gone.size(), goneAfter,
                            ids.size());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Instance heartbeat not recorded: {}", e.getClass().getName());
        }
    }
}
