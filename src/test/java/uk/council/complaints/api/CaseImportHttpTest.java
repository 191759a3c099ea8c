package uk.council.complaints.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.ImportedCaseRepository;
import uk.council.complaints.web.Messages;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25, POST /api/v1/cases: the scope is needed; a repeat with the same Idempotency-Key and body gets the first case
 * and makes none; the same key with another body is refused; a bad field is a problem naming it, and nothing is kept.
 */
@MicronautTest(transactional = false)
class CaseImportHttpTest {
    private static final String CLOSED_2019 = """
            {"sourceReference": "%s", "kind": "complaint", "role": "parent", "receivedVia": "letter",
             "receivedOn": "2019-06-03", "riskNow": "no", "childName": "Sam Child", "childAge": "9",
             "parentalResponsibility": "yes", "service": "children-in-care", "whatHappened": "No visit for weeks.",
             "whenHappened": "2019-05-01", "outcomesSought": ["apology", "meeting"], "courtProceedings": "no",
             "raisedBefore": "yes", "fullName": "Alex Example", "email": "alex@example.org", "preferredContact": "email",
             "issue-1-nature": "delay", "stage1RespondedOn": "2019-06-14", "stage1Methods": "written",
             "stage1Finding": "%s", "stage1Outcomes": "explanation", "stage1IssueFindings": "upheld", "closed": "yes"}""";
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void idempotentByKeyAndBadFieldsNamed() throws Exception {
        ApiClients.Issued reader = ApiHttp.client(ctx, ApiScope.CASES_READ_SCOPE);
        ApiClients.Issued importer = ApiHttp.client(ctx, ApiScope.CASES_IMPORT_SCOPE);
        // Source references are imported once: unique to this run, as a PostgreSQL schema outlives a run.
        String run = "-" + System.nanoTime();
        String body = CLOSED_2019.formatted("OLD-2019-7" + run, "upheld");
        assertEquals(403, post(reader, "k-1", body).statusCode(), "cases:import is needed");

        long before = ctx.getBean(CaseRepository.class).count();
        HttpResponse<String> first = post(importer, "k-1", body);
        assertEquals(201, first.statusCode(), first.body());
        String reference = first.body().replaceAll(".*\"reference\":\"([A-Z0-9-]+)\".*", "$1");
        assertEquals(before + 1, ctx.getBean(CaseRepository.class).count());

        HttpResponse<String> repeat = post(importer, "k-1", body);
        assertEquals(201, repeat.statusCode());
        assertTrue(repeat.body().contains("\"reference\":\"" + reference + "\"") && repeat.body().contains("\"replayed\":true"),
                repeat.body());
        assertEquals(before + 1, ctx.getBean(CaseRepository.class).count(), "a repeat makes no second case");

        HttpResponse<String> reused = post(importer, "k-1", CLOSED_2019.formatted("OLD-2019-8" + run, "upheld"));
        assertEquals(422, reused.statusCode());
        assertEquals("application/problem+json", reused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(reused.body().contains("\"field\":\"Idempotency-Key\""), reused.body());

        HttpResponse<String> bad = post(importer, "k-2", CLOSED_2019.formatted("OLD-2019-9" + run, "brilliant"));
        assertEquals(422, bad.statusCode());
        assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse(""));
        assertTrue(bad.body().contains("\"field\":\"stage1Finding\""), bad.body());
        assertEquals(before + 1, ctx.getBean(CaseRepository.class).count(), "nothing half-written");
        assertTrue(!ctx.getBean(ImportedCaseRepository.class).existsBySourceReference("OLD-2019-9" + run));

        HttpResponse<String> noKey = post(importer, null, CLOSED_2019.formatted("OLD-2019-10" + run, "upheld"));
        assertEquals(400, noKey.statusCode());
        assertTrue(noKey.body().contains("\"field\":\"Idempotency-Key\""), noKey.body());
    }

    /**
     * Two systems (or one retrying) send the same new Idempotency-Key at once, released together: one makes the case,
     * the other is told the key is in progress (409, the Idempotency-Key draft's answer) or, if the first had already
     * finished, gets its case replayed; never a 500, and only one case is made. Several rounds, so they overlap.
     */
    @Test
    void sameNewKeyAtOnceMakesOneCase() throws Exception {
        ApiClients.Issued importer = ApiHttp.client(ctx, ApiScope.CASES_IMPORT_SCOPE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String source = "RACE-" + System.nanoTime();
                String body = CLOSED_2019.formatted(source, "upheld");
                CountDownLatch go = new CountDownLatch(1);
                Callable<HttpResponse<String>> call = () -> {
                    go.await();
                    return post(importer, "race-" + source, body);
                };
                Future<HttpResponse<String>> a = pool.submit(call);
                Future<HttpResponse<String>> b = pool.submit(call);
                go.countDown();
                List<HttpResponse<String>> answers = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
                List<HttpResponse<String>> made = answers.stream()
                        .filter(r -> r.statusCode() == 201 && r.body().contains("\"replayed\":false")).toList();
                assertEquals(1, made.size(), answers.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString());
                HttpResponse<String> other = answers.get(answers.get(0) == made.get(0) ? 1 : 0);
                String reference = made.get(0).body().replaceAll(".*\"reference\":\"([A-Z0-9-]+)\".*", "$1");
                if (other.statusCode() == 409) {
                    assertEquals("application/problem+json", other.headers().firstValue("Content-Type").orElse(""));
                    Messages msg = ctx.getBean(Messages.class);
                    assertTrue(other.body().contains("\"type\":\"" + msg.get("import.api.inProgress.type") + "\"")
                            && other.body().contains("\"title\":\"" + msg.get("import.api.inProgress.title") + "\"")
                            && other.body().contains("\"field\":\"Idempotency-Key\""), other.body());
                } else {
                    assertEquals(201, other.statusCode(), other.body());
                    assertTrue(other.body().contains("\"reference\":\"" + reference + "\"")
                            && other.body().contains("\"replayed\":true"), other.body());
                }
                assertEquals(1L, importedAs(source), "one case for the key");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private long importedAs(String source) {
        TransactionOperations<java.sql.Connection> tx = ctx.getBean(TransactionOperations.class);
        return tx.executeRead(status -> ctx.getBean(JdbcOperations.class).prepareStatement(
                "select count(*) from imported_case where source_reference = ?", ps -> {
                    ps.setString(1, source);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }

    private HttpResponse<String> post(ApiClients.Issued client, String key, String body) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(server.getURI().resolve("/api/v1/cases"))
                .header("Authorization", "Bearer " + client.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}
