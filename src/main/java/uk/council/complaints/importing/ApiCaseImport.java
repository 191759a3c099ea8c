package uk.council.complaints.importing;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.ImportedCase;
import uk.council.complaints.notify.Outbox;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.web.ClockFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One case from another system (POST /api/v1/cases, issue 25): checked and stored as a register row is
 * ({@link RowImport}), in one transaction with its Idempotency-Key, so a repeat of the same key and body gets the first
 * case, the same key with another body is refused, and the same new key sent again before the first has finished
 * is told so ({@link KeyInProgress}).
 */
@Singleton
class ApiCaseImport {
    private final RowImport rows;
    private final ImportRequest.Repository requests;
    private final CaseRepository cases;
    private final Outbox outbox;
    private final Clock clock;

    ApiCaseImport(RowImport rows, ImportRequest.Repository requests, CaseRepository cases, Outbox outbox, Clock clock) {
        this.rows = rows;
        this.requests = requests;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What came of a call: the case (new or the repeat's), or the key used with another body, or the problems. */
    record Outcome(String reference, boolean repeat, boolean keyReused, List<RegisterProblem> problems) {
    }

    /** @param body the request body as sent (its hash is kept with the key); throws {@link RegisterRefused} */
    @Transactional
    Outcome importCase(String client, String key, String body, Map<String, String> fields, StaffActor by) {
        String hash = sha256(body);
        Optional<ImportRequest> earlier = requests.findById(new ImportRequest.Key(client, key));
        if (earlier.isPresent()) {
            return earlier.get().bodySha256().equals(hash) ? new Outcome(earlier.get().caseReference(), true, false, List.of())
                    : new Outcome(null, false, true, List.of());
        }
        RegisterRow row = new RegisterRow(1, fields);
        List<RegisterProblem> problems = new ArrayList<>(rows.check(row, ClockFactory.today(clock)));
        List<Long> made = new ArrayList<>();
        if (problems.isEmpty()) {
            problems.addAll(rows.store(row, new RowImport.Importer(by, ImportedCase.API), made));
        }
        if (!problems.isEmpty()) {
            throw new RegisterRefused(problems);
        }
        outbox.dropUnsent(made);
        String reference = cases.findById(made.get(0)).orElseThrow().reference();
        try {
            requests.save(new ImportRequest(new ImportRequest.Key(client, key), hash, reference, clock.instant()));
        } catch (DataAccessException e) {
            throw uniqueViolation(e) ? new KeyInProgress() : e;
        }
        return new Outcome(reference, false, false, List.of());
    }

    /**
     * The same new key was sent again while the first request was still being handled: that request's key was
     * written first (PostgreSQL waits for it to commit; H2 refuses at once), so this one is rolled back whole.
     */
    static final class KeyInProgress extends RuntimeException {
        KeyInProgress() {
            super(null, null, false, false);
        }
    }

    /** A primary key or unique constraint refused the row: SQLSTATE 23505 on PostgreSQL and H2 alike. */
    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
