package uk.council.complaints.importing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 26 (ADR 0032): the public pages' pool has one thread a core, so a running import's page, which waits up to
 * 3 s for the outcome, waits on a pool of its own. Here the pages' pool has a single thread: while a manager's job page
 * waits on a running job, the start page is still served, and served before the job page gives up waiting (on the
 * pages' pool the start page queued behind that wait).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.executors.io.n-threads", value = "1")
class ImportJobPageOwnPoolHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void aJobPageWaitingOnARunningImportDoesNotHoldUpThePublicPages() throws Exception {
        StaffMember manager = StaffFixtures.user(ctx, StaffRole.MANAGER);
        FormClient staff = StaffFixtures.signIn(server.getURI(), manager.email());
        long running = ImportJobsFixture.running(ctx, manager.id(), 400, 150, Instant.now());

        CompletableFuture<FormClient.Page> jobPage = CompletableFuture.supplyAsync(() -> staff.get("/staff/import/jobs/" + running));
        Thread.sleep(500); // the job page is waiting for the import
        HttpResponse<String> start = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve("/"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, start.statusCode());
        assertFalse(jobPage.isDone(), "the start page was served while the job page still waited");
        assertEquals(200, jobPage.get().status());
    }
}
