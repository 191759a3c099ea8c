package uk.council.complaints.importing;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * A register upload imported in the background (issue 25): a file of a few thousand rows takes longer than an HTTP
 * request may (the server's idle timeout, a load balancer's), so the upload answers at once with the job's page,
 * which any instance can show from {@code import_job}. The import itself is unchanged: one transaction, all or nothing.
 */
@Singleton
class ImportJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private final RegisterImport register;
    private final ImportJob.Repository jobs;
    private final ImportProgress progress;
    private final ExecutorService executor;
    private final Clock clock;
    private final Duration stalledAfter;

    ImportJobs(RegisterImport register, ImportJob.Repository jobs, ImportProgress progress,
               @Named("import") ExecutorService executor, Clock clock,
               @Value("${portal.import.stalled-after:10m}") Duration stalledAfter) {
        this.register = register;
        this.jobs = jobs;
        this.progress = progress;
        this.executor = executor;
        this.clock = clock;
        this.stalledAfter = stalledAfter;
    }

    /** Starts importing the rows; the job's id, for its page. */
    long start(List<RegisterRow> rows, RowImport.Importer by) {
        long id = jobs.save(ImportJob.started(by.actor().userId(), rows.size(), clock.instant())).id();
        // No request travels with the job: the page's database deadline (ADR 0024) is not the job's.
        executor.execute(() -> {
            try (PropagatedContext.Scope ignored = PropagatedContext.empty().propagate()) {
                run(id, rows, by);
            }
        });
        return id;
    }

    private void run(long id, List<RegisterRow> rows, RowImport.Importer by) {
        try {
            List<Long> made = register.importAll(rows, by, (checked, stored) -> progress.at(id, checked, stored));
            jobs.finish(id, ImportJob.DONE, made.size(), null, clock.instant());
        } catch (RegisterRefused refused) {
            jobs.finish(id, ImportJob.REFUSED, null, ImportJob.lines(refused.problems()), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Import job {} failed: nothing of it was kept", id, e);
            jobs.finish(id, ImportJob.FAILED, null, null, clock.instant());
        }
    }

    /** The job, waiting up to {@code wait} for it to finish (a small file is done before its page is asked for). */
    Optional<ImportJob> find(long id, Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        Optional<ImportJob> job = jobs.findById(id);
        while (job.isPresent() && job.get().status().equals(ImportJob.RUNNING) && System.nanoTime() < until) {
            Thread.sleep(100);
            job = jobs.findById(id);
        }
        return job;
    }

    /** Whether a running job has given no sign of life for too long: its server stopped, and nothing of it was kept. */
    boolean stalled(ImportJob job) {
        return job.status().equals(ImportJob.RUNNING) && job.heartbeatAt().plus(stalledAfter).isBefore(clock.instant());
    }

    /** Jobs are kept 30 days: long enough to read what a file's problems were. */
    @Scheduled(fixedDelay = "6h", initialDelay = "15m")
    int deleteOld() {
        return jobs.deleteStartedBefore(clock.instant().minus(Duration.ofDays(30)));
    }
}
