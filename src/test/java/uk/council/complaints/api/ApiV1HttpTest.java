package uk.council.complaints.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.timeline.CaseEvent;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.store.TriageService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /api/v1 (issue 25): every endpoint with its scope (200), without it (403), with no, an expired, a revoked token or a
 * staff cookie (401), and what each answers compared with what the test itself put in.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.api.events-settle", value = "0s")
class ApiV1HttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    CaseTimeline timeline;
    ApiHttp api;
    ApiCaseData data;

    @BeforeEach
    void setUp() {
        api = new ApiHttp(server.getURI(), ctx);
        data = ApiCaseData.create(ctx);
    }

    /** Every endpoint and the scope it needs. */
    List<Map.Entry<String, ApiScope>> endpoints() {
        return List.of(Map.entry("/api/v1/cases", ApiScope.CASES_READ_SCOPE),
                Map.entry("/api/v1/cases/" + data.stage1(), ApiScope.CASES_READ_SCOPE),
                Map.entry("/api/v1/cases/" + data.stage1() + "/evidence/" + data.evidenceId(), ApiScope.EVIDENCE_READ_SCOPE),
                Map.entry("/api/v1/cases/" + data.stage1() + "/events", ApiScope.EVENTS_READ_SCOPE),
                Map.entry("/api/v1/events", ApiScope.EVENTS_READ_SCOPE));
    }

    @Test
    void everyEndpointNeedsItsScopeAndAValidToken() {
        ApiClients.Issued revoked = ApiHttp.client(ctx, ApiScope.values());
        ctx.getBean(ApiClients.class).revoke(revoked.client().id());
        String expired = ApiTokens.newToken();
        Instant now = Instant.now();
        ctx.getBean(ApiClientRepository.class).save(new ApiClient(null, "Expired", "cases:read events:read evidence:read",
                ApiTokens.hash(expired), now.minus(Duration.ofDays(40)), "test", now.minusSeconds(60), null, null));
        String staffCookie = ApiHttp.admin(ctx, server.getURI()).cookieHeader();
        for (var e : endpoints()) {
            String path = e.getKey();
            List<ApiScope> others = new ArrayList<>(List.of(ApiScope.values()));
            others.remove(e.getValue());
            assertEquals(200, api.get(path, ApiHttp.client(ctx, e.getValue())).status(), path);
            ApiHttp.Answer without = api.get(path, ApiHttp.client(ctx, others.toArray(ApiScope[]::new)));
            assertEquals(403, without.status(), path);
            assertTrue(without.isProblem(), path);
            for (String[] headers : List.of(new String[0], new String[]{"Authorization", "Bearer " + expired},
                    new String[]{"Authorization", "Bearer " + revoked.token()}, new String[]{"Cookie", staffCookie})) {
                ApiHttp.Answer refused = api.get(path, headers);
                assertEquals(401, refused.status(), path + " " + String.join(" ", headers));
                assertTrue(refused.isProblem(), path);
            }
        }
    }

    @Test
    void theListPagesByCursorAndFilters() {
        Instant before = Instant.now().minusMillis(1);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(ApiCaseData.stored(ctx, SubmissionKind.COMPLIMENT));
        }
        ApiClients.Issued reader = ApiHttp.client(ctx, ApiScope.CASES_READ_SCOPE);
        List<String> seen = new ArrayList<>();
        String query = "/api/v1/cases?kind=COMPLIMENT&limit=2&since=" + before;
        ApiHttp.Answer page = api.get(query, reader);
        assertEquals(2, page.list("cases").size(), page.body());
        page.list("cases").forEach(c -> seen.add((String) c.get("reference")));
        String cursor = (String) page.map().get("nextCursor");
        page = api.get(query + "&cursor=" + cursor, reader);
        assertEquals(1, page.list("cases").size(), page.body());
        page.list("cases").forEach(c -> seen.add((String) c.get("reference")));
        assertNull(page.map().get("nextCursor"));
        assertEquals(made, seen, "each case once, oldest change first");

        // the first of this test's cases (other contexts' work may change other cases in the same moments)
        Map<String, Object> first = api.get("/api/v1/cases?since=" + before, reader).list("cases").stream()
                .filter(c -> made.contains(c.get("reference"))).findFirst().orElseThrow();
        String queue = ctx.getBean(TriageService.class).find(ctx.getBean(uk.council.complaints.cases.CaseRepository.class)
                .findByReference(made.get(0)).orElseThrow().id()).orElseThrow().queue().name();
        assertEquals(List.of(made.get(0), "COMPLIMENT", 1, "new", queue), List.of(first.get("reference"), first.get("kind"),
                ((Number) first.get("stage")).intValue(), first.get("status"), first.get("queue")));
        assertEquals(3, mine(refs("/api/v1/cases?since=" + before + "&queue=" + queue + "&status=new&stage=1", reader), made));
        assertEquals(0, mine(refs("/api/v1/cases?since=" + before + "&stage=2", reader), made));
        assertEquals(0, mine(refs("/api/v1/cases?since=" + before + "&status=closed", reader), made));
        assertEquals(0, mine(refs("/api/v1/cases?since=" + Instant.now().plusSeconds(60), reader), made));
        assertTrue(refs("/api/v1/cases?kind=STAGE2&stage=2", reader).contains(data.stage2()));
    }

    @Test
    void aParameterThatCannotBeUsedIsA400NamingIt() {
        ApiClients.Issued reader = ApiHttp.client(ctx, ApiScope.CASES_READ_SCOPE, ApiScope.EVENTS_READ_SCOPE);
        for (String[] bad : List.of(new String[]{"since", "yesterday"}, new String[]{"limit", "0"}, new String[]{"limit", "101"},
                new String[]{"kind", "FOO"}, new String[]{"stage", "4"}, new String[]{"status", "open"},
                new String[]{"queue", "stage1"}, new String[]{"cursor", "not-a-cursor"})) {
            ApiHttp.Answer answer = api.get("/api/v1/cases?" + bad[0] + "=" + bad[1], reader);
            assertEquals(400, answer.status(), bad[0]);
            assertTrue(answer.isProblem());
            assertEquals(bad[0], answer.map().get("parameter"));
        }
        assertEquals("after", api.get("/api/v1/events?after=-1", reader).map().get("parameter"));
        ApiHttp.Answer missing = api.get("/api/v1/cases/NO-SUCH-CASE", reader);
        assertEquals(404, missing.status());
        assertTrue(missing.isProblem());
        assertEquals(404, api.get("/api/v1/nothing-here", reader).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneCaseCarriesItsRecordAndTheReadIsOnItsTimeline() {
        ApiClients.Issued reader = ApiHttp.client(ctx, ApiScope.CASES_READ_SCOPE);
        Map<String, Object> doc = api.get("/api/v1/cases/" + data.stage1(), reader).map();
        assertEquals(List.of(data.stage1(), "COMPLAINT", "new"), List.of(doc.get("reference"), doc.get("kind"), doc.get("status")));
        Map<String, Object> answers = (Map<String, Object>) doc.get("answers");
        assertEquals("Alex Example", answers.get("submitterName"));
        assertEquals("children-in-care", answers.get("service"));
        assertEquals(List.of("apology"), answers.get("outcomesSought"));
        assertEquals("2015-04-03", answers.get("childDob"));
        assertEquals("partly-upheld", ((Map<String, Object>) doc.get("handling")).get("finding"));
        List<Map<String, Object>> issues = (List<Map<String, Object>>) doc.get("issues");
        assertEquals(List.of("delay:upheld", "communication:not-upheld"),
                issues.stream().map(i -> i.get("nature") + ":" + i.get("finding")).toList());
        List<Map<String, Object>> linked = (List<Map<String, Object>>) doc.get("linkedCases");
        assertEquals(1, linked.size());
        assertEquals(List.of(data.stage2(), 2, "later"), List.of(linked.get(0).get("reference"),
                ((Number) linked.get(0).get("stage")).intValue(), linked.get(0).get("relation")));
        assertEquals("Still no visit", ((List<Map<String, Object>>) linked.get(0).get("issues")).get(0).get("summary"));
        Map<String, Object> triage = (Map<String, Object>) doc.get("triage");
        assertTrue(!((List<?>) triage.get("reasons")).isEmpty(), triage.toString());
        assertTrue(((Map<String, Object>) doc.get("deadlines")).get("acknowledgeBy").toString().matches("\\d{4}-\\d{2}-\\d{2}"));
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) doc.get("evidence");
        assertEquals(List.of("letter é.pdf", data.evidence().length), List.of(evidence.get(0).get("fileName"),
                ((Number) evidence.get(0).get("sizeBytes")).intValue()));

        List<CaseEvent> events = timeline.events(data.stage1Id());
        CaseEvent last = events.get(events.size() - 1);
        assertEquals("api-read", last.eventType());
        assertEquals("API client " + reader.client().name() + " (#" + reader.client().id() + ")", last.actor());
    }

    @Test
    void anEvidenceFileIsItsBytesAndTheDownloadIsOnTheTimeline() {
        ApiClients.Issued files = ApiHttp.client(ctx, ApiScope.EVIDENCE_READ_SCOPE);
        ApiHttp.Answer answer = api.get("/api/v1/cases/" + data.stage1() + "/evidence/" + data.evidenceId(), files);
        assertEquals(200, answer.status());
        assertArrayEquals(data.evidence(), answer.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(answer.header("Content-Disposition").startsWith("attachment"));
        assertEquals(404, api.get("/api/v1/cases/" + data.stage2() + "/evidence/" + data.evidenceId(), files).status(),
                "a file of another case");
        List<CaseEvent> events = timeline.events(data.stage1Id());
        assertEquals("evidence-downloaded", events.get(events.size() - 1).eventType());
    }

    @Test
    void theEventsOfOneCaseAndTheFeedAfterACursor() {
        ApiClients.Issued reader = ApiHttp.client(ctx, ApiScope.EVENTS_READ_SCOPE);
        List<Map<String, Object>> caseEvents = api.get("/api/v1/cases/" + data.stage1() + "/events", reader).list("events");
        // ApiCaseData records "submitted" then "triaged", as the public form's submit does.
        assertEquals(List.of("submitted", "triaged"), caseEvents.stream().map(e -> e.get("type")).toList());
        assertTrue(Instant.parse((String) caseEvents.get(0).get("occurredAt")).isBefore(Instant.now()));

        long lastSeen = ((Number) caseEvents.get(1).get("id")).longValue();
        String later = ApiCaseData.stored(ctx, SubmissionKind.CALLBACK);
        ApiHttp.Answer feed = api.get("/api/v1/events?after=" + lastSeen, reader);
        List<Map<String, Object>> after = feed.list("events");
        assertTrue(after.stream().allMatch(e -> ((Number) e.get("id")).longValue() > lastSeen));
        assertTrue(after.stream().noneMatch(e -> "api-read".equals(e.get("type"))), "the API's own reads stay out of the feed");
        assertEquals(List.of("submitted", "triaged"), after.stream().filter(e -> later.equals(e.get("caseReference")))
                .map(e -> e.get("type")).toList());
        String next = (String) feed.map().get("nextAfter");
        assertEquals(0, api.get("/api/v1/events?after=" + next, reader).list("events").size());
    }

    /**
     * A list that matches nothing is still its envelope with an empty array (the portal's JSON otherwise leaves out
     * empty members, which answered {} here): no case changed after the year 2999, no event after the newest.
     */
    @Test
    void aListThatMatchesNothingIsItsEnvelopeWithAnEmptyArray() {
        ApiClients.Issued reader = ApiHttp.client(ctx, ApiScope.CASES_READ_SCOPE, ApiScope.EVENTS_READ_SCOPE);
        ApiHttp.Answer cases = api.get("/api/v1/cases?since=2999-01-01T00:00:00Z&kind=COMPLAINT", reader);
        assertEquals(200, cases.status(), cases.body());
        assertEquals(List.of(), cases.map().get("cases"), cases.body());
        assertTrue(cases.map().containsKey("nextCursor") && cases.map().get("nextCursor") == null, cases.body());

        ApiHttp.Answer events = api.get("/api/v1/events?after=" + Long.MAX_VALUE, reader);
        assertEquals(200, events.status(), events.body());
        assertEquals(List.of(), events.map().get("events"), events.body());
        assertEquals(Long.toString(Long.MAX_VALUE), events.map().get("nextAfter"), events.body());
    }

    private List<String> refs(String path, ApiClients.Issued client) {
        ApiHttp.Answer answer = api.get(path, client);
        assertEquals(200, answer.status(), answer.body());
        return answer.list("cases").stream().map(c -> (String) c.get("reference")).toList();
    }

    /** Of the cases this test made: on PostgreSQL the suite's contexts share one schema, so others' cases are listed too. */
    private static long mine(List<String> listed, List<String> made) {
        return listed.stream().filter(made::contains).count();
    }
}
