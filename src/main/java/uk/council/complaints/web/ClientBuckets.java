package uk.council.complaints.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets (Bucket4j) by key, e.g. one per client address: a burst of {@code capacity}, refilled over
 * {@code period}. Kept in this instance's memory, bounded to the most recently seen keys.
 */
public final class ClientBuckets {
    private final long capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets;

    public ClientBuckets(long capacity, Duration period, int maxKeys) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        });
    }

    /** Takes one token for {@code key}: empty when allowed, else the seconds until the next token. */
    public OptionalLong take(String key) {
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build();
    }
}
