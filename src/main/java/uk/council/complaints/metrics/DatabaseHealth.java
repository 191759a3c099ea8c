package uk.council.complaints.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database on /health, answered within {@code portal.health.database-timeout} whatever the database does
 * (ADR 0024): DOWN (and /health 503) when a connection cannot be had and checked in that time. It replaces
 * micronaut-management's jdbc indicator (off in application.yml), which waited for the pool as long as the pool waits.
 * A check still running when the next probe comes is shared, not started again, so probes never pile up threads.
 * The check runs on the health checks' own executor ({@code micronaut.executors.health}: ADR 0032), never on the
 * I/O pool the pages run on: a pool full of pages waiting on a slow database would otherwise queue the probe behind
 * them into a false DOWN.
 * Not in the liveness group: /health/liveness never touches the database.
 */
@Singleton
class DatabaseHealth implements HealthIndicator {
    private final DataSource dataSource;
    private final ExecutorService own;
    private final Duration timeout;
    private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();

    DatabaseHealth(DataSource dataSource, DataSourceResolver resolver, @Named("health") ExecutorService own,
                   @Value("${portal.health.database-timeout:1500ms}") Duration timeout) {
        this.dataSource = resolver.resolve(dataSource);
        this.own = own;
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        // A future of this probe's own, so that its time running out leaves the shared check to finish for the next one.
        return Publishers.fromCompletableFuture(() -> check().thenApply(up -> up)
                .completeOnTimeout(false, timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionally(e -> false)
                .thenApply(up -> HealthResult.builder("database", up ? HealthStatus.UP : HealthStatus.DOWN).build()));
    }

    private CompletableFuture<Boolean> check() {
        return running.updateAndGet(current -> current != null && !current.isDone() ? current
                : CompletableFuture.supplyAsync(this::reachable, own));
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
