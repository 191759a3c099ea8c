package uk.council.complaints.importing;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * A running import's progress, written in a transaction of its own beside the import's (which is committed only at
 * the end), every {@value #EVERY} rows, so the job's page can show it.
 */
@Singleton
class ImportProgress {
    static final int EVERY = 25;
    private final ImportJob.Repository jobs;
    private final Clock clock;

    ImportProgress(ImportJob.Repository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void at(long id, int checked, int stored) {
        jobs.progress(id, checked, stored, clock.instant());
    }
}
