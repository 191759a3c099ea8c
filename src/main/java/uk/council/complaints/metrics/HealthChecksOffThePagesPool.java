package uk.council.complaints.metrics;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;

/**
 * Micronaut's health indicators built on {@link AbstractHealthIndicator} (disk space, deadlocked threads, the outbox's)
 * compute their result on the I/O pool, where the pages run (ADR 0032): a pool whose threads are all taken by pages
 * waiting on a slow database held /health until one came free. Each is given the health checks' own executor instead
 * ({@code micronaut.executors.health}), the one {@link DatabaseHealth} uses.
 */
@Singleton
@SuppressWarnings("rawtypes")
class HealthChecksOffThePagesPool implements BeanCreatedEventListener<AbstractHealthIndicator> {
    private final ExecutorService own;

    HealthChecksOffThePagesPool(@Named("health") ExecutorService own) {
        this.own = own;
    }

    @Override
    public AbstractHealthIndicator onCreated(BeanCreatedEvent<AbstractHealthIndicator> event) {
        AbstractHealthIndicator indicator = event.getBean();
        indicator.setExecutorService(own);
        return indicator;
    }
}
