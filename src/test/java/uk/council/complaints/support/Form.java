package uk.council.complaints.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The public e-form as a person uses it: every element is found by its role and accessible name
 * (the words in i18n/messages.properties), never by an id or a CSS selector. Each page reached is
 * checked by heading and title, and scanned with axe.
 */
public final class Form {
    public static final String START_HEADING = "Complain, or ask for a call back, about children’s social care";
    /** Case references: 8 characters without 0, O, 1, I or L, in two groups of 4. */
    public static final Pattern REFERENCE = Pattern.compile("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$");
    private final Page page;
    private final Variant variant;

    Form(Page page, Variant variant) {
        this.page = page;
        this.variant = variant;
    }

    /** Opens the start page, scans it, and selects "Start now". */
    public Form start() {
        openStartPage();
        button("Start now").click();
        return this;
    }

    /** Opens the start page and scans it. */
    public Form openStartPage() {
        page.navigate("/");
        return on(START_HEADING);
    }

    /**
     * Expects the page with this main heading, a title that starts with it and the "Exit this page" button;
     * on a phone screen, that nothing is wider than the screen (WCAG 1.4.10). Then scans the page with axe.
     */
    public Form on(String heading) {
        assertThat(heading(heading)).isVisible();
        assertThat(page).hasTitle(Pattern.compile("^" + quote(heading) + " - "));
        assertThat(exitThisPage()).isVisible();
        if (variant == Variant.MOBILE) {
            assertFitsTheScreen();
        }
        axe(heading, "normal");
        return this;
    }

    /** The "Exit this page" button of every public page; its hidden prefix makes its name "Emergency Exit this page". */
    public Locator exitThisPage() {
        return button("Emergency Exit this page");
    }

    /** Nothing on the page makes it scroll sideways (WCAG 1.4.10 reflow, checked at 320 CSS px). */
    public void assertFitsTheScreen() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, ((Number) overflow).intValue(),
                "the page scrolls sideways by that many CSS pixels at " + page.viewportSize().width + " px: " + page.url());
    }

    public Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
    }

    public Locator group(String question) {
        return page.getByRole(AriaRole.GROUP, exact(question));
    }

    public Locator radio(String label) {
        return page.getByRole(AriaRole.RADIO, exact(label));
    }

    /** The radio with this label in the question (fieldset) with this legend. */
    public Locator radio(String question, String label) {
        return group(question).getByRole(AriaRole.RADIO, named(label));
    }

    public Locator checkbox(String label) {
        return page.getByRole(AriaRole.CHECKBOX, exact(label));
    }

    public Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    public Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, exact(name));
    }

    public Locator link(String name) {
        return page.getByRole(AriaRole.LINK, exact(name));
    }

    /** The children page after the first child (docs/adr/0017-several-children.md): no other child, carry on. */
    public void noOtherChild() {
        on("You have added 1 child").choose("Do you need to add another child?", "No").next();
    }

    /** Selects the radio with this label; there must be only one on the page. */
    public Form choose(String label) {
        radio(label).check();
        return this;
    }

    /** Selects a radio in the question (fieldset) with this legend, for pages where options repeat ("Yes", "No"). */
    public Form choose(String question, String label) {
        radio(question, label).check();
        return this;
    }

    public Form tick(String label) {
        checkbox(label).check();
        return this;
    }

    public Form fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    /** Fills the Day, Month and Year boxes of the date question with this legend. */
    public Form date(String question, String day, String month, String year) {
        Locator group = group(question);
        group.getByLabel("Day", new Locator.GetByLabelOptions().setExact(true)).fill(day);
        group.getByLabel("Month", new Locator.GetByLabelOptions().setExact(true)).fill(month);
        group.getByLabel("Year", new Locator.GetByLabelOptions().setExact(true)).fill(year);
        return this;
    }

    /** Selects "Continue". */
    public void next() {
        button("Continue").click();
    }

    /**
     * Selects "Continue" expecting the same page back with errors: a title starting "Error:", and an error summary
     * ("There is a problem") that lists exactly these messages as links, in this order (the order of the questions
     * on the page). With JavaScript on, the summary takes the focus so a screen reader reads it out.
     * Scans the error state with axe.
     */
    public Form nextWithErrors(String heading, String... messages) {
        button("Continue").click();
        assertThat(page).hasTitle(Pattern.compile("^Error: " + quote(heading) + " - "));
        assertThat(heading(heading)).isVisible();
        Locator summary = errorSummary();
        assertThat(summary.getByRole(AriaRole.HEADING, named("There is a problem"))).isVisible();
        assertThat(summary.getByRole(AriaRole.LINK)).hasText(messages);
        if (variant != Variant.NO_JAVASCRIPT) {
            page.waitForFunction("() => document.activeElement?.textContent.includes('There is a problem')");
        }
        axe(heading, "error");
        return this;
    }

    /**
     * The case reference on the confirmation page, like KD7M-3PQX, after checking the panel shows it
     * under "Your reference number".
     */
    public String reference() {
        Locator reference = page.getByText(REFERENCE);
        assertThat(reference).hasCount(1);
        String text = reference.textContent().strip();
        assertThat(page.getByText(Pattern.compile("Your reference number\\s*" + text))).isVisible();
        return text;
    }

    /** The error summary: the alert that starts "There is a problem". */
    public Locator errorSummary() {
        return page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.HEADING, exact("There is a problem"))));
    }

    /** Scans the page with axe; the state gets the browser's variant added ("normal, no JavaScript"). */
    public void axe(String pageName, String state) {
        Axe.check(page, pageName, variant.state(state));
    }

    /**
     * Scans the page as it is now at 320 CSS px (WCAG 1.4.10 reflow), then gives the page back its own size: with
     * the scans of {@link #on} and {@link #nextWithErrors} at the test's width, a page state scanned at both widths.
     */
    public void axeAtPhoneWidth(String pageName, String state) {
        var size = page.viewportSize();
        page.setViewportSize(320, 640);
        Axe.check(page, pageName, Variant.MOBILE.state(state));
        page.setViewportSize(size.width, size.height);
    }

    /** Escapes text for a regular expression that Playwright runs as JavaScript (which has no \Q...\E quoting). */
    static String quote(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** Role options for an element with exactly this accessible name, searched in the whole page. */
    public static Page.GetByRoleOptions exact(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** Role options for an element with exactly this accessible name, searched inside another element. */
    public static Locator.GetByRoleOptions named(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
