package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.store.TriageService;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Staff accounts, signed-in clients and triaged cases for the back office's tests. */
public final class StaffFixtures {
    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private StaffFixtures() {
    }

    public static StaffMember user(ApplicationContext ctx, StaffRole role) {
        String email = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        return ctx.getBean(StaffAccounts.class).create(email, "Test " + role.code() + " " + SEQUENCE.incrementAndGet(),
                role, PASSWORD, false);
    }

    /** A client signed in as a new account with this role. */
    public static FormClient signedIn(ApplicationContext ctx, URI base, StaffRole role) {
        return signIn(base, user(ctx, role).email());
    }

    public static FormClient signIn(URI base, String email) {
        FormClient client = new FormClient(base);
        FormClient.Page page = client.post("/staff/sign-in", "email", email, "password", PASSWORD);
        assertEquals(303, page.status(), () -> "sign-in failed: " + page.html().select(".govuk-error-summary").text());
        return client;
    }

    /** A parent's Stage 1 complaint about children in care, received today, triaged. Its reference. */
    public static String complaint(ApplicationContext ctx) {
        return store(ctx, SubmissionKind.COMPLAINT, "children-in-care", List.of("apology"));
    }

    /** A call-back request, triaged into the call-back queue. */
    public static String callback(ApplicationContext ctx) {
        return store(ctx, SubmissionKind.CALLBACK, "fostering", List.of());
    }

    public static String store(ApplicationContext ctx, SubmissionKind kind, String service, List<String> outcomes) {
        String reference = reference();
        SubmittedCase saved = ctx.getBean(CaseRepository.class).save(sample(reference, kind, service,
                ctx.getBean(Clock.class).instant()));
        child(ctx, saved.id(), "Sam Example", LocalDate.of(2015, 4, 3));
        List<CaseChoice> choices = outcomes.stream().map(o -> CaseChoice.of(saved.id(), "outcomesSought", o)).toList();
        ctx.getBean(CaseChoiceRepository.class).saveAll(choices);
        ctx.getBean(TriageService.class).triageAndStore(saved, choices, false);
        return reference;
    }

    /** The case's child, kept where every case's children are (case_child, issue 24). */
    public static void child(ApplicationContext ctx, long caseId, String name, LocalDate dob) {
        ctx.getBean(uk.council.complaints.cases.CaseChildRepository.class)
                .save(uk.council.complaints.cases.CaseChild.of(caseId, 1, name, dob, null, null));
    }

    /** A case as the public form would store it, but for its child (see {@link #child}): not saved. */
    public static SubmittedCase sample(String reference, SubmissionKind kind, String service, java.time.Instant at) {
        boolean callback = kind == SubmissionKind.CALLBACK;
        return SubmittedCase.builder(reference, kind, at).submitterRole("parent").submitterName("Alex Example")
                .email("alex" + SEQUENCE.incrementAndGet() + "@example.org").phone("07700 900123")
                .preferredContact("email")
                .answer("parentalResponsibility", "yes").service(service)
                .whatHappened(callback ? null : "The social worker did not visit for six weeks.")
                .answer("whenHappened", callback ? null : LocalDate.now().minusDays(20))
                .answer("courtProceedings", callback ? null : "no").answer("raisedBefore", callback ? null : "yes")
                .answer("callbackTime", callback ? "morning" : null)
                .answer("callbackTopic", callback ? "I would like to talk about contact arrangements." : null).build();
    }

    /** Name, value... pairs, where a date's three parts may come as one array (see {@link #date}). */
    public static String[] answers(Object... parts) {
        List<String> pairs = new java.util.ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String[] many) {
                pairs.addAll(List.of(many));
            } else {
                pairs.add((String) part);
            }
        }
        return pairs.toArray(String[]::new);
    }

    /** A date question's three pairs. */
    public static String[] date(String name, LocalDate date) {
        return new String[] {name + "-day", String.valueOf(date.getDayOfMonth()), name + "-month",
                String.valueOf(date.getMonthValue()), name + "-year", String.valueOf(date.getYear())};
    }

    /** References the public form never makes (it has no 1 or 0), so they cannot clash. */
    static String reference() {
        String digits = String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        return "T" + digits.substring(0, 3) + "-" + digits.substring(3);
    }
}
