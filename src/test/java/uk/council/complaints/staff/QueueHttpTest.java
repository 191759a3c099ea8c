package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.support.FormClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class QueueHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void filtersFindACaseAndTheRowShowsWhatTheTeamNeeds() {
        String complaint = StaffFixtures.complaint(ctx);
        String callback = StaffFixtures.callback(ctx);
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        Document callbacks = officer.get("/staff/queue?queue=CALLBACK&status=open&sort=received-newest").html();
        List<String> refs = callbacks.select("tbody th a").eachText();
        assertTrue(refs.contains(callback) && !refs.contains(complaint), refs.toString());
        var row = callbacks.select("tbody tr").stream().filter(r -> r.text().contains(callback)).findFirst().orElseThrow();
        assertTrue(row.text().contains("Call-back") && row.text().contains("Not assigned") && row.text().contains("New"));
        // A call-back is due in 2 working days: flagged in words, not only by colour.
        assertTrue(row.select(".govuk-tag").eachText().contains("Due soon"), row.text());
        assertTrue(officer.get("/staff/queue?flag=YOUNG_PERSON&queue=CALLBACK").html().select("tbody th a").eachText()
                .stream().noneMatch(callback::equals));
        Document unknownFilters = officer.get("/staff/queue?queue=NOPE&status=x&page=-3&assignee=1;drop").html();
        assertEquals("Queue", unknownFilters.selectFirst("h1").text());
    }

    @Test
    void theQueueIsPagedInTheDatabaseAndSortedByDueDate() {
        for (int i = 0; i < 30; i++) {
            StaffFixtures.store(ctx, SubmissionKind.COMPLAINT, "adoption", List.of("apology"));
        }
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        Document first = officer.get("/staff/queue?status=all&sort=due").html();
        assertEquals(25, first.select("tbody tr").size());
        assertTrue(first.selectFirst(".govuk-pagination") != null);
        String next = first.selectFirst(".govuk-pagination__next a").attr("href");
        Document second = officer.get(next).html();
        assertFalse(second.select("tbody tr").isEmpty());
        assertTrue(second.title().startsWith("Queue (page 2 of"), second.title());
        assertEquals("page", second.selectFirst(".govuk-pagination__item--current a").attr("aria-current"));
    }

    @Test
    void aManagerExportsTheFilteredQueueWithoutPersonalDetailsAndTheExportIsAudited() {
        String ref = StaffFixtures.complaint(ctx);
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        FormClient.Page csv = manager.get("/staff/queue/export?queue=STAGE1&status=all");
        assertEquals(200, csv.status());
        assertTrue(csv.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.raw().headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("reference,type,queue,status,priority,received,who_complained,service"));
        String line = List.of(lines).stream().filter(l -> l.startsWith(ref)).findFirst().orElseThrow();
        assertTrue(line.contains("STAGE1") && line.contains("children-in-care") && line.contains("apology"), line);
        assertFalse(csv.body().contains("Alex Example") || csv.body().contains("Sam Example") || csv.body().contains("@example.org"),
                "no names or contact details");
        Document casePage = manager.get("/staff/cases/" + ref).html();
        assertTrue(casePage.select(".app-timeline__item").eachText().stream().anyMatch(t -> t.startsWith("Included in a CSV export")));
        FormClient.Page equality = manager.get("/staff/queue/equality-profile");
        assertTrue(equality.body().startsWith("question,answer,count"));
    }
}
