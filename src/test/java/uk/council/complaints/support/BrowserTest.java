package uk.council.complaints.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;
import uk.council.complaints.web.ClockFactory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Base of the browser tests: one Playwright and one headless Chromium (Debian's, never a download)
 * for the whole test class, and a fresh browser context, so fresh cookies and a fresh draft, for each test.
 * A concrete class adds {@code @MicronautTest(transactional = false)}; its embedded server is the site under test.
 * After each class the axe results so far are written out ({@link AxeReport}).
 * A test method marked {@link Mobile} gets a 320 px wide touch screen, one marked {@link WithoutJavaScript} a
 * browser with scripts off; otherwise a 1280 x 900 desktop.
 * <p>
 * The "Exit this page" button points at a page of the portal's own server during these tests
 * ({@link #EXIT_PAGE}), so no test browser is ever sent to an outside site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest implements TestPropertyProvider {
    /** Where "Exit this page" goes in the browser tests: a path on the server under test, answered "not found". */
    public static final String EXIT_PAGE = "/exit-page-for-tests";

    /** A 320 CSS px wide phone: the width WCAG 1.4.10 (reflow) asks pages to work at. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Mobile {
    }

    /** Scripts off: every page must work as plain HTML forms (progressive enhancement). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface WithoutJavaScript {
    }

    static final String CHROMIUM = System.getProperty("portal.test.chromium", "/usr/bin/chromium");
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    @Inject
    protected EmbeddedServer server;
    @Inject
    WorkingDays workingDays;
    @Inject
    DeadlineProperties deadlines;
    @Inject
    Clock clock;

    /** The page of the current test, in its own browser context. */
    protected Page page;
    /** How this test's browser differs from the desktop default. */
    protected Variant variant;
    private BrowserContext context;
    private Browser.NewContextOptions contextOptions;
    private final List<BrowserContext> others = new java.util.ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        // The environment setting stops Playwright from ever downloading a browser, even outside Maven.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
        AxeReport.browser("Chromium " + browser.version());
    }

    @AfterAll
    static void closeBrowserAndWriteReport() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } finally {
            browser = null;
            playwright = null;
            AxeReport.write();
        }
    }

    @BeforeEach
    void openPage(TestInfo test) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL(server.getURL().toString())
                .setLocale("en-GB")
                .setTimezoneId("Europe/London");
        boolean mobile = test.getTestMethod().map(m -> m.isAnnotationPresent(Mobile.class)).orElse(false);
        boolean noScript = test.getTestMethod().map(m -> m.isAnnotationPresent(WithoutJavaScript.class)).orElse(false);
        if (mobile) {
            options.setViewportSize(320, 640).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true);
        } else {
            options.setViewportSize(1280, 900);
        }
        options.setJavaScriptEnabled(!noScript);
        variant = noScript ? Variant.NO_JAVASCRIPT : mobile ? Variant.MOBILE : Variant.DESKTOP;
        contextOptions = options;
        context = newContext();
        page = context.newPage();
        AxeReport.database(server.getApplicationContext().getProperty("datasources.default.url", String.class).orElse(""));
        AxeReport.currentTest(getClass().getSimpleName() + "." + test.getTestMethod().map(m -> m.getName()).orElse("?"));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
        others.forEach(BrowserContext::close);
        others.clear();
    }

    private BrowserContext newContext() {
        BrowserContext made = browser.newContext(contextOptions);
        if (variant == Variant.NO_JAVASCRIPT) {
            Axe.scriptsOffIn(made);
        }
        made.setDefaultTimeout(10_000);
        return made;
    }

    /** Another browser with no cookies and no history, as this test's (another phone or computer): closed after the test. */
    protected Page freshBrowser() {
        BrowserContext other = newContext();
        others.add(other);
        return other.newPage();
    }

    /** The public form in another page, such as a {@link #freshBrowser()}. */
    protected Form form(Page other) {
        return new Form(other, variant);
    }

    /** The public form as a person fills it in, in this test's page. */
    protected Form form() {
        return new Form(page, variant);
    }

    /** A date the confirmation page promises, like "Friday 4 December 2026": today plus that deadline's working days. */
    protected String dueDate(DeadlineKind kind) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)
                .format(workingDays.addWorkingDays(ClockFactory.today(clock), deadlines.workingDaysFor(kind)));
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("portal.council.exit-page-url", EXIT_PAGE);
    }
}
