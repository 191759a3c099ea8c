package uk.council.complaints.staff;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Debian's Chromium through Playwright (never a download), a fresh context per test, helpers by role and name. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffBrowser {
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @BeforeAll
    void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("portal.test.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(ARGS));
        StaffAxe.browser("Chromium " + browser.version());
    }

    @AfterAll
    void close() {
        try {
            browser.close();
            playwright.close();
        } finally {
            StaffAxe.write();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(server.getURL().toString())
                .setLocale("en-GB").setTimezoneId("Europe/London").setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    void signIn(StaffMember member) {
        page.navigate("/staff/sign-in");
        page.getByLabel("Email address").fill(member.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Queue").setLevel(1))).isVisible();
    }

    void click(AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    void heading(String name) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
    }

    void axe(String pageName, String state) {
        StaffAxe.check(page, pageName, state);
    }

    /** axe at desktop width, then at 320 px (WCAG reflow), then back. */
    void axeAtBothWidths(String pageName, String state) {
        axe(pageName, state);
        page.setViewportSize(320, 800);
        axe(pageName, state);
        page.setViewportSize(1280, 900);
    }

    /** Staff intake's first page: what was received, how, and the day (issue 10). */
    void firstPage(String kind, String via, java.time.LocalDate received) {
        choose("What was received?", kind);
        choose("How did it arrive?", via);
        page.getByLabel("Day").fill(String.valueOf(received.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(received.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(received.getYear()));
    }

    /** Ticks the answer, by its exact label, in the group of radios or checkboxes with this accessible name. */
    void choose(String question, String answer) {
        group(question).getByLabel(answer, new Locator.GetByLabelOptions().setExact(true)).check();
    }

    Locator group(String name) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Types a date into the GOV.UK date input whose group has this accessible name. */
    void dates(String group, String day, String month, String year) {
        Locator g = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(group));
        g.getByLabel("Day").fill(day);
        g.getByLabel("Month").fill(month);
        g.getByLabel("Year").fill(year);
    }
}
