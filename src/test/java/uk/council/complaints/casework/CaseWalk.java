package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.notify.Outbox;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.store.TriageService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 21's HTTP tests: a complaint with three issues walked from stage to stage by an officer, on a set clock. */
final class CaseWalk {
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);
    final ApplicationContext ctx;
    final EmbeddedServer server;
    final MovableClock clock;

    CaseWalk(ApplicationContext ctx, EmbeddedServer server, MovableClock clock) {
        this.ctx = ctx;
        this.server = server;
        this.clock = clock;
    }

    FormClient officer() {
        return StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
    }

    void on(LocalDate day) {
        clock.setDay(day);
    }

    /** A complaint received on {@code on} by {@code via} (email when empty), with three issues; its case path. */
    String complaint(LocalDate on, String via, String service) {
        return complaint(on, via, service, "placement");
    }

    /**
     * A complaint about a corporate service, with three issues of the corporate list (delay, poor communication, council
     * policy), as staff intake takes it; its case path.
     */
    String corporateComplaint(LocalDate on, String via, String service) {
        return complaint(on, via, service, "policy");
    }

    /** The first two issues' natures are on both lists, the third's on one list only. */
    private String complaint(LocalDate on, String via, String service, String third) {
        SubmittedCase saved = store(SubmissionKind.COMPLAINT, on, via, service, List.of(
                new StageRecords.Issue(null, 0, 1, "delay", null, null),
                new StageRecords.Issue(null, 0, 2, "poor-communication", null, null),
                new StageRecords.Issue(null, 0, 3, third, null, null)));
        return "/staff/cases/" + saved.reference();
    }

    /** A case of this kind received on {@code on} by {@code via}, with these issues (case id 0 is replaced), triaged. */
    SubmittedCase store(SubmissionKind kind, LocalDate on, String via, String service, List<StageRecords.Issue> issues) {
        String reference = "W" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000) + "-" + String.format("%04d", SEQUENCE.get());
        SubmittedCase saved = ctx.getBean(CaseRepository.class).save(StaffFixtures.sample(reference, kind,
                service, clock.instant()).copyAs(reference, kind, clock.instant()).receivedVia(via).receivedOn(on).build());
        ctx.getBean(StageRepositories.Issues.class).saveAll(issues.stream().map(i ->
                new StageRecords.Issue(null, saved.id(), i.position(), i.nature(), i.summary(), null)).toList());
        ctx.getBean(TriageService.class).triageAndStore(saved, List.of(), false);
        return saved;
    }

    /** An outcome's answers: the date, the overall finding, one finding per issue, an outcome. */
    static String[] outcome(String dateName, LocalDate on, String... more) {
        List<String> pairs = new ArrayList<>(List.of(StaffFixtures.date(dateName, on)));
        pairs.addAll(List.of("finding", "partially-upheld", "finding-1", "upheld", "finding-2", "not-upheld",
                "finding-3", "partly-upheld", "outcomes", "explanation"));
        pairs.addAll(List.of(more));
        return pairs.toArray(String[]::new);
    }

    long id(String casePath) {
        return ctx.getBean(CaseRepository.class).findByReference(reference(casePath)).orElseThrow().id();
    }

    static String reference(String casePath) {
        return casePath.substring("/staff/cases/".length());
    }

    String linked(String casePath) {
        return "/staff/cases/" + StageFixtures.linkedFrom(ctx, reference(casePath));
    }

    long events(String casePath, String type) {
        return ctx.getBean(CaseTimeline.class).events(id(casePath)).stream().filter(e -> e.eventType().equals(type)).count();
    }

    long emails(String casePath, String purpose) {
        return ctx.getBean(Outbox.class).forCase(id(casePath)).stream().filter(e -> e.purpose().code().equals(purpose)).count();
    }

    /** The case page's buttons and links, by their words. */
    List<String> offered(String casePath) {
        return officer().get(casePath).html().select(".govuk-button").eachText();
    }

    static void done(FormClient.Page page, String casePath, String action) {
        StageLifecycleHttpTest.done(page, casePath, action);
    }

    static void refused(FormClient.Page page, String message) {
        StageLifecycleHttpTest.refused(page, message);
    }

    static void status(int expected, FormClient.Page page) {
        assertEquals(expected, page.status(), () -> page.html().select(".govuk-error-summary").text());
    }
}
