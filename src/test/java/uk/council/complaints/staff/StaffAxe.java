package uk.council.complaints.staff;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import uk.council.complaints.support.NuHtml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * axe-core on the staff pages: WCAG 2.0, 2.1 and 2.2 A and AA rules, zero violations allowed. Every scan is
 * recorded and written to accessibility/staff-axe-results.md at the end of each browser test class. Each page scanned is
 * also validated by the Nu Html Checker (support.NuHtml).
 * (A shared helper for the whole suite is being written on feature/browser-tests; this one is the staff pages' own.)
 */
final class StaffAxe {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Path REPORT = Path.of("accessibility", "staff-axe-results.md");
    private static final List<String> ROWS = new ArrayList<>();
    private static String browserVersion = "";

    private StaffAxe() {
    }

    static void browser(String version) {
        browserVersion = version;
    }

    static synchronized void check(Page page, String pageName, String state) {
        AxeResults results = new AxeBuilder(page).withTags(TAGS).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            fail("axe could not scan " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        String path = URI.create(page.url()).getRawPath();
        String viewport = page.viewportSize() == null ? "" : page.viewportSize().width + " px";
        ROWS.add("| " + pageName + " | " + state + " | `" + path.replaceAll("/staff/cases/[A-Z0-9-]+", "/staff/cases/{ref}").replaceAll("/staff/users/\\d+", "/staff/users/{id}")
                + "` | " + viewport + " | " + results.getPasses().size() + " | " + violations.size()
                + (violations.isEmpty() ? "" : " (" + violations.stream().map(Rule::getId).collect(Collectors.joining(", ")) + ")") + " |");
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) on " + pageName + " (" + state + "):\n"
                    + violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
        NuHtml.check(page, pageName, state);
    }

    /** Rewrites the staff section of the evidence: the scans of this run, newest run only. */
    static synchronized void write() {
        if (ROWS.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(List.of(
                "# axe-core results: the complaints team's pages (`/staff`)", "",
                "Written by the staff browser tests (`uk.council.complaints.staff.*BrowserTest`) on " + LocalDate.now()
                        + ", " + browserVersion + ", axe-core through `com.deque.html.axe-core:playwright` 4.11.3,",
                "rules tagged " + String.join(", ", TAGS) + ". Every page and state the tests visited; a violation fails the test.", "",
                "| page | state | path | viewport | rules passed | violations |", "|---|---|---|---|---|---|"));
        lines.addAll(ROWS);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.write(REPORT, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
