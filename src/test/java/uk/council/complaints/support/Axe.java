package uk.council.complaints.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The one way the browser tests run axe-core: WCAG 2.2 A and AA rules, no violations allowed; each page scanned is
 * also validated by the Nu Html Checker ({@link NuHtml}).
 */
public final class Axe {
    /** Every WCAG A and AA rule axe has, up to WCAG 2.2 (axe tags 2.2 AA rules only as wcag22aa). */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** Browser contexts made with JavaScript off. */
    private static final Set<BrowserContext> SCRIPTLESS =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private Axe() {
    }

    /**
     * Scans the page as it is now, records the scan for accessibility/axe-results.md, and fails the test
     * listing each violation (rule, impact, the elements' selectors) if there is any.
     *
     * @param pageName what a person would call the page, usually its heading
     * @param state    what state it is in: "normal", "error", "normal, no JavaScript"...
     */
    public static void check(Page page, String pageName, String state) {
        long started = System.nanoTime();
        AxeResults results = SCRIPTLESS.contains(page.context()) ? analyzeWithScriptsOff(page) : analyze(page);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (results.isErrored()) {
            fail("axe could not scan " + pageName + " (" + state + "): " + results.getErrorMessage());
        }
        String path = URI.create(page.url()).getRawPath();
        List<Rule> violations = results.getViolations();
        AxeReport.record(pageName, state, path, results, millis);
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) on \"" + pageName + "\" (" + state + ") at " + path
                    + ":\n" + violations.stream().map(Axe::describe).collect(Collectors.joining("\n")));
        }
        NuHtml.check(page, pageName, state);
    }

    /** Marks a browser context made with JavaScript off, whose pages need {@link #analyzeWithScriptsOff}. */
    static void scriptsOffIn(BrowserContext context) {
        SCRIPTLESS.add(context);
    }

    private static AxeResults analyze(Page page) {
        return new AxeBuilder(page).withTags(TAGS)
                // Legacy mode runs axe.run() in the page itself. The default runs axe.runPartial() in each frame and
                // then axe.finishRun() in a new blank page: about 4 times slower (1.4 s against 0.35 s a scan here),
                // and only needed for cross-origin frames, which the portal has none of.
                .setLegacyMode(true)
                .analyze();
    }

    /**
     * axe's promises and timers never settle in a page with JavaScript off, so a scan there would wait for ever.
     * Instead the page's document, as it is now, is served to a fresh scripts-on page at the same address (the
     * stylesheets and images load from the server as usual; script files are refused, so nothing changes the
     * document), and that page is scanned.
     */
    private static AxeResults analyzeWithScriptsOff(Page page) {
        String url = page.url().replaceFirst("#.*$", "");
        String html = page.content();
        Browser.NewContextOptions options = new Browser.NewContextOptions();
        if (page.viewportSize() != null) {
            options.setViewportSize(page.viewportSize().width, page.viewportSize().height);
        }
        try (BrowserContext scanner = page.context().browser().newContext(options)) {
            scanner.route("**/*", route -> {
                String requested = route.request().url();
                if (requested.equals(url)) {
                    route.fulfill(new Route.FulfillOptions().setStatus(200)
                            .setContentType("text/html; charset=utf-8").setBody(html));
                } else if ("script".equals(route.request().resourceType())) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            Page copy = scanner.newPage();
            copy.navigate(url);
            return analyze(copy);
        }
    }

    static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl()
                + rule.getNodes().stream().map(n -> "\n    " + targetOf(n) + "  " + summary(n))
                .collect(Collectors.joining());
    }

    static String targetOf(CheckedNode node) {
        Object target = node.getTarget();
        if (target instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    private static String summary(CheckedNode node) {
        String s = node.getFailureSummary();
        return s == null ? "" : s.replace('\n', ' ');
    }
}
