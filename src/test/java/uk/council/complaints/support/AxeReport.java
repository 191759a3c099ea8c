package uk.council.complaints.support;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import uk.council.complaints.journey.Step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Every axe scan of this test run, written to accessibility/axe-results.md and .json under the project.
 * The files are rewritten whole (never appended to) after each browser test class, so at the end of the run
 * they hold exactly that run's scans.
 */
public final class AxeReport {
    /** One scan: which page, in which state, and what axe found. */
    public record Scan(String test, String page, String state, String path, int violations, int passes,
                       int incomplete, long millis, List<Violation> details) {
    }

    /** One violated rule and the elements that break it. */
    public record Violation(String id, String impact, String help, List<String> targets) {
    }

    private static final List<Scan> SCANS = new ArrayList<>();
    private static String engine = "axe-core (not run)";
    private static String browser = "";
    private static String currentTest = "";
    private static String database = "";

    private AxeReport() {
    }

    static synchronized void currentTest(String name) {
        currentTest = name;
    }

    static synchronized void browser(String version) {
        browser = version;
    }

    /** Which database the server under test used, from its JDBC address (the suite runs on H2, then PostgreSQL). */
    static synchronized void database(String jdbcUrl) {
        database = jdbcUrl.startsWith("jdbc:postgresql:") ? "PostgreSQL" : jdbcUrl.startsWith("jdbc:h2:") ? "H2" : "other";
    }

    static synchronized void record(String page, String state, String path, AxeResults results, long millis) {
        if (results.getTestEngine() != null) {
            engine = results.getTestEngine().getName() + " " + results.getTestEngine().getVersion();
        }
        List<Violation> details = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            details.add(new Violation(rule.getId(), rule.getImpact(), rule.getHelp(),
                    rule.getNodes().stream().map(Axe::targetOf).toList()));
        }
        SCANS.add(new Scan(currentTest, page, state, path, results.getViolations().size(), results.getPasses().size(),
                results.getIncomplete().size(), millis, details));
    }

    public static synchronized List<Scan> scans() {
        return List.copyOf(SCANS);
    }

    /** Writes both files from the scans so far; the project root is Surefire's working directory. */
    static synchronized void write() {
        if (SCANS.isEmpty()) {
            return;
        }
        Path dir = Path.of(System.getProperty("user.dir"), "accessibility");
        String when = ZonedDateTime.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("axe-results.md"), markdown(when), StandardCharsets.UTF_8);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("generated", when);
            json.put("engine", engine);
            json.put("axeCorePlaywright", "com.deque.html.axe-core:playwright 4.11.3");
            json.put("browser", browser);
            json.put("database", database);
            json.put("tags", Axe.TAGS);
            json.put("totals", totals());
            json.put("scanSeconds", SCANS.stream().mapToLong(Scan::millis).sum() / 1000.0);
            json.put("scans", SCANS);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve("axe-results.json").toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the axe results under " + dir, e);
        }
    }

    private static Map<String, Integer> totals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("scans", SCANS.size());
        totals.put("distinctPageStates", distinctPageStates());
        totals.put("violations", SCANS.stream().mapToInt(Scan::violations).sum());
        totals.put("passes", SCANS.stream().mapToInt(Scan::passes).sum());
        return totals;
    }

    private static int distinctPageStates() {
        var distinct = new LinkedHashSet<String>();
        SCANS.forEach(s -> distinct.add(s.page() + "|" + s.state() + "|" + s.path()));
        return distinct.size();
    }

    private static String markdown(String when) {
        Map<String, Integer> totals = totals();
        StringBuilder md = new StringBuilder();
        md.append("# Accessibility test results (axe-core)\n\n");
        md.append("Written by the browser tests (`*BrowserTest`) on ").append(when)
                .append(", server on ").append(database).append(". Every run of the tests rewrites this file.\n\n");
        md.append("- Engine: ").append(engine).append(" (Maven `com.deque.html.axe-core:playwright` 4.11.3)\n");
        md.append("- Browser: ").append(browser).append(", headless, driven by Playwright for Java\n");
        md.append("- Rules: axe tags ").append(String.join(", ", Axe.TAGS)).append(" (WCAG 2.2 level A and AA)\n");
        md.append("- Totals: ").append(totals.get("scans")).append(" scans of ").append(totals.get("distinctPageStates"))
                .append(" distinct page states, ").append(totals.get("violations")).append(" violations, ")
                .append(totals.get("passes")).append(" rule passes; scanning took ")
                .append(SCANS.stream().mapToLong(Scan::millis).sum() / 1000).append(" s\n\n");
        md.append("One row for each page in each state; the same page may be scanned by several tests (\"Scans\"). ")
                .append("Every scan, with the test that made it, is in axe-results.json.\n\n");
        md.append("| Page | State | Path | Scans | Violations | Passes |\n");
        md.append("| --- | --- | --- | ---: | ---: | ---: |\n");
        Map<String, List<Scan>> rows = new LinkedHashMap<>();
        SCANS.stream().sorted(Comparator.comparingInt((Scan s) -> pathRank(s.path())).thenComparing(Scan::path)
                        .thenComparingInt(s -> stateRank(s.state())).thenComparing(Scan::state))
                .forEach(s -> rows.computeIfAbsent(s.page() + "|" + s.state() + "|" + s.path(), k -> new ArrayList<>()).add(s));
        for (List<Scan> row : rows.values()) {
            Scan first = row.get(0);
            IntSummaryStatistics passes = row.stream().mapToInt(Scan::passes).summaryStatistics();
            md.append("| ").append(cell(first.page())).append(" | ").append(cell(first.state())).append(" | `")
                    .append(first.path()).append("` | ").append(row.size()).append(" | ")
                    .append(row.stream().mapToInt(Scan::violations).sum()).append(" | ")
                    .append(passes.getMin() == passes.getMax() ? String.valueOf(passes.getMin())
                            : passes.getMin() + "–" + passes.getMax())
                    .append(" |\n");
        }
        List<Scan> failed = SCANS.stream().filter(s -> s.violations() > 0).toList();
        if (!failed.isEmpty()) {
            md.append("\n## Violations\n\n");
            for (Scan s : failed) {
                for (Violation v : s.details()) {
                    md.append("- ").append(cell(s.page())).append(" (").append(s.state()).append("): `").append(v.id())
                            .append("` (").append(v.impact()).append(") ").append(cell(v.help())).append(" at ")
                            .append(String.join(", ", v.targets().stream().map(t -> "`" + t + "`").toList())).append('\n');
                }
            }
        }
        return md.toString();
    }

    /** The start page, the question pages in the order of {@link Step}, check, confirmation, then anything else. */
    private static int pathRank(String path) {
        if (path.equals("/")) {
            return 0;
        }
        if (path.startsWith("/form/")) {
            String slug = path.substring("/form/".length());
            return Step.fromSlug(slug).map(step -> 1 + step.ordinal())
                    .orElse(slug.equals("check") ? 100 : slug.equals("confirmation") ? 101 : 200);
        }
        return 200;
    }

    private static int stateRank(String state) {
        return state.startsWith("normal") ? 0 : state.startsWith("error") ? 1 : 2;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
