package uk.council.complaints.importing;

import io.micronaut.context.ApplicationContext;

import java.time.Instant;

/** A register upload still being imported, written as its job would be, for the pages' tests outside this package. */
public final class ImportJobsFixture {
    private ImportJobsFixture() {
    }

    public static long running(ApplicationContext ctx, long by, int rows, int checked, Instant heartbeat) {
        return ctx.getBean(ImportJob.Repository.class).save(new ImportJob(null, by, heartbeat, rows, checked, 0,
                ImportJob.RUNNING, null, null, heartbeat, null)).id();
    }
}
