package uk.council.complaints.notify;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Starting contexts that send to a test SMTP server, storing cases, and reading what arrived. */
final class MailTestSupport {
    static final String TEAM_MAILBOX = "complaints-team@council.example";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private MailTestSupport() {
    }

    static boolean onPostgres() {
        return System.getProperty("micronaut.environments", "").contains("postgres");
    }

    /** A context of the app (no HTTP server) in the test environment, on H2 or on the shared PostgreSQL schema. */
    static ApplicationContext start(Map<String, Object> properties, String... moreEnvironments) {
        Map<String, Object> all = new HashMap<>();
        all.put("portal.mail.poll-interval", "50ms");
        all.put("portal.mail.initial-delay", "10ms");
        all.put("portal.mail.team-mailbox", TEAM_MAILBOX);
        all.put("portal.mail.from", "no-reply@council.example");
        all.put("portal.base-url", "https://complaints.council.example");
        if (onPostgres()) {
            all.putAll(postgresSettings());
        }
        all.putAll(properties);
        String[] environments = new String[moreEnvironments.length + 1];
        environments[0] = "test";
        System.arraycopy(moreEnvironments, 0, environments, 1, moreEnvironments.length);
        return ApplicationContext.run(all, environments);
    }

    /**
     * application-postgres.yml, given again as context properties. Micronaut puts the environments of
     * -Dmicronaut.environments before the ones a test names, so "test" (H2) would win over "postgres".
     */
    private static Map<String, Object> postgresSettings() {
        return uk.council.complaints.support.Postgres.settings();
    }

    /** SMTP on this machine at {@code port}: it may be up, or (for the outage test) not yet. */
    static Map<String, Object> smtp(int port) {
        Map<String, Object> smtp = new LinkedHashMap<>();
        smtp.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        smtp.put("javamail.properties.mail.smtp.port", port);
        smtp.put("javamail.properties.mail.smtp.connectiontimeout", 2000);
        smtp.put("javamail.properties.mail.smtp.timeout", 5000);
        return smtp;
    }

    /** A test context's settings to send to this SMTP port at once: polled every 100 ms. */
    static Map<String, String> sendingTo(int port) {
        Map<String, String> p = new HashMap<>();
        smtp(port).forEach((k, v) -> p.put(k, String.valueOf(v)));
        p.put("portal.mail.poll-interval", "100ms");
        p.put("portal.mail.initial-delay", "10ms");
        return p;
    }

    /** An H2 database that outlives one context, so a second context can carry on with it (H2 runs only). */
    static Map<String, Object> sharedH2() {
        return onPostgres() ? Map.of() : Map.of("datasources.default.url", "jdbc:h2:mem:shared-" + token(8)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    /**
     * On PostgreSQL, a schema of the test's own, emptied first; on H2 nothing (each context has its own database).
     * For tests that count a closed mail server's tries of their own emails: in the shared schema, every email other
     * tests left unsent would wait its turn before theirs.
     */
    static Map<String, Object> ownSchema(String name) throws java.sql.SQLException {
        if (!onPostgres()) {
            return Map.of();
        }
        String schema = "portal_test_" + name;
        Map<String, Object> shared = postgresSettings();
        String url = resolved(String.valueOf(shared.get("datasources.default.url")));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url,
                resolved(String.valueOf(shared.get("datasources.default.username"))), "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
        return Map.of("datasources.default.url", url.replaceAll("currentSchema=[a-z_]+", "currentSchema=" + schema),
                "flyway.datasources.default.schemas", schema);
    }

    /** The yml's {@code ${NAME:default}} placeholders, resolved as Micronaut would from the environment. */
    private static String resolved(String value) {
        return java.util.regex.Pattern.compile("\\$\\{([A-Z_]+):([^}]*)}").matcher(value)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        System.getenv().getOrDefault(m.group(1), m.group(2))));
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Random letters and digits: references and tags unique in a schema other runs and contexts share. */
    static String token(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    static <T> T inTransaction(ApplicationContext context, Supplier<T> work) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Object> tx = context.getBean(TransactionOperations.class);
        return tx.executeWrite(status -> work.get());
    }

    static SubmittedCase saveCase(ApplicationContext context, String reference, String name, String email, String childName) {
        SubmittedCase saved = context.getBean(CaseRepository.class).save(SubmittedCase.builder(reference, SubmissionKind.COMPLAINT,
                Instant.now()).submitterRole("parent").submitterName(name).email(email).phone("07700 900982")
                .address("12 Larch Close, Northfield NF2 3ZZ").preferredContact("email")
                .answer("parentalResponsibility", "yes").service("children-in-care")
                .whatHappened("Private details of what happened at the contact centre")
                .answer("courtProceedings", "no").answer("raisedBefore", "no").build());
        if (childName != null) {
            uk.council.complaints.staff.StaffFixtures.child(context, saved.id(), childName, LocalDate.of(2014, 5, 6));
        }
        return saved;
    }

    static List<MimeMessage> received(Supplier<MimeMessage[]> all, String subjectPart) {
        return Arrays.stream(all.get()).filter(m -> subject(m).contains(subjectPart)).toList();
    }

    /** Waits until at least {@code count} messages whose subject contains {@code subjectPart} have arrived. */
    static List<MimeMessage> await(Supplier<MimeMessage[]> all, String subjectPart, int count, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = received(all, subjectPart);
        while (found.size() < count && System.nanoTime() < end) {
            Thread.sleep(25);
            found = received(all, subjectPart);
        }
        return found;
    }

    static void awaitTrue(Supplier<Boolean> condition, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            Thread.sleep(25);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of each part, by its type: text/plain and text/html. */
    static Map<String, String> parts(Part part) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                out.putAll(parts(child));
            }
        } else if (part.isMimeType("text/plain")) {
            out.put("text/plain", (String) part.getContent());
        } else if (part.isMimeType("text/html")) {
            out.put("text/html", (String) part.getContent());
        }
        return out;
    }

    /** The message as it went over the wire: every header and the encoded body. */
    static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Only the header block, as it arrived. */
    static String headers(MimeMessage message) throws Exception {
        String raw = raw(message);
        int end = raw.indexOf("\r\n\r\n");
        return end < 0 ? raw : raw.substring(0, end);
    }
}
