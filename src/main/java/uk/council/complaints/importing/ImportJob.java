package uk.council.complaints.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A register upload being imported in the background, or its outcome (issue 25, migration V30). */
@MappedEntity("import_job")
record ImportJob(@Id @GeneratedValue @Nullable Long id, long startedBy, Instant startedAt, int rowsTotal, int rowsChecked,
                 int rowsStored, String status, @Nullable Integer casesMade, @Nullable String problems, Instant heartbeatAt,
                 @Nullable Instant finishedAt) {
    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String REFUSED = "refused";
    static final String FAILED = "failed";

    static ImportJob started(long by, int rows, Instant now) {
        return new ImportJob(null, by, now, rows, 0, 0, RUNNING, null, null, now, null);
    }

    /** The problems as written by {@link #lines}. */
    List<RegisterProblem> problemList() {
        if (problems == null || problems.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(problems.split("\n")).map(l -> l.split("\t", 3))
                .map(p -> new RegisterProblem(Integer.parseInt(p[0]), p[1], p[2])).toList();
    }

    static String lines(List<RegisterProblem> problems) {
        return String.join("\n", problems.stream()
                .map(p -> p.row() + "\t" + p.column() + "\t" + p.reason().replace('\n', ' ').replace('\t', ' ')).toList());
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Repository extends CrudRepository<ImportJob, Long> {
        @Query("update import_job set rows_checked = :checked, rows_stored = :stored, heartbeat_at = :now where id = :id")
        void progress(long id, int checked, int stored, Instant now);

        @Query("update import_job set status = :status, cases_made = :made, problems = :problems, heartbeat_at = :now,"
                + " finished_at = :now where id = :id")
        void finish(long id, String status, @Nullable Integer made, @Nullable String problems, Instant now);

        @Query("delete from import_job where started_at < :before")
        int deleteStartedBefore(Instant before);
    }
}
