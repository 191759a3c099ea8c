package uk.council.complaints.intake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Save and come back later as a person does it: save on a question page, read the link in the email that
 * arrives (GreenMail), open it in a fresh browser (another phone or computer) and finish; the link then says
 * it has been used. Every page state is scanned with axe, at desktop width with scripts off and at 320 px.
 */
@MicronautTest(transactional = false)
class SaveAndReturnBrowserTest extends BrowserTest {
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/form/resume/[A-Za-z0-9_-]{43})");

    static {
        SMTP.start();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        p.put("javamail.properties.mail.smtp.port", String.valueOf(SMTP.getSmtp().getPort()));
        p.put("portal.mail.poll-interval", "100ms");
        p.put("portal.mail.initial-delay", "10ms");
        return p;
    }

    @AfterAll
    void stopSmtp() {
        SMTP.stop();
    }

    @Test
    @WithoutJavaScript
    void aParentSavesOpensTheEmailedLinkInAnotherBrowserAndFinishes() throws Exception {
        Form form = startParentComplaint(form());
        form.on("What happened").fill("What happened?", "The contact visits stopped without a reason.")
                .date("When did it happen?", "2", "9", "2025");
        form.button("Save and come back later").click();

        String email = "browser-save@example.org";
        form.on("What email address should we send the link to?").fill("What email address should we send the link to?", "alex@");
        form.button("Send me the link").click();
        assertThat(page).hasTitle(Pattern.compile("^Error: What email address should we send the link to\\? - "));
        assertThat(form.errorSummary()).containsText("Enter an email address in the correct format");
        form.axe("What email address should we send the link to?", "error");
        form.fill("What email address should we send the link to?", email);
        form.button("Send me the link").click();

        form.on("Your answers are saved");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(email);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("The link works until");
        String text = emailTo(email);
        assertFalse(text.contains("contact visits stopped") || text.contains("Sam Taylor"), "no answers in the email");
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);

        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Your answers are no longer in this browser");
        form.axe("Your answers are saved", "handed over");
        page.navigate("/form/what-happened");
        form.on("These answers were moved to the link we emailed");
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("contact visits stopped");

        Page laptop = freshBrowser();
        laptop.navigate(link.group(1));
        Form other = form(laptop).on("Carry on with your form");
        other.button("Carry on with my form").click();
        other.on("What happened").next();
        other.on("What would put it right?").tick("An apology").next();
        other.on("Is this part of a court case?").choose("No").next();
        other.on("Have you already raised this with the team?").choose("No").next();
        other.on("Would you like an advocate for the child?").choose("No, thank you").next();
        other.on("Your contact details").fill("Full name", "Alex Taylor").fill("Email address", email)
                .choose("Email").next();
        other.on("Help to communicate with us").next();
        other.on("Equality monitoring (optional)").next();
        other.on("Check your answers before sending");
        assertThat(laptop.getByRole(AriaRole.MAIN)).containsText("The contact visits stopped without a reason.");
        other.button("Send").click();
        other.on("Complaint sent");

        page.navigate(link.group(1));
        form.on("This link has already been used");
        assertThat(form.button("Start again")).isVisible();
    }

    @Test
    @Mobile
    void onAPhoneTheSaveAndTheLinkPagesFitTheScreen() throws Exception {
        Form form = form().start();
        form.on("What would you like to do?").choose("Make a complaint");
        form.button("Save and come back later").click();
        String email = "phone-save@example.org";
        form.on("What email address should we send the link to?").fill("What email address should we send the link to?", email);
        form.button("Send me the link").click();
        form.on("Your answers are saved");
        Matcher link = LINK.matcher(emailTo(email));
        assertTrue(link.find());

        Page other = freshBrowser();
        other.navigate(link.group(1));
        Form resumed = form(other).on("Carry on with your form");
        resumed.button("Carry on with my form").click();
        resumed.on("What would you like to do?");
        other.navigate(link.group(1));
        resumed.on("This link has already been used");
        other.navigate("/form/resume/" + "x".repeat(43));
        resumed.on("This link has expired or has already been used");
    }

    private static Form startParentComplaint(Form form) {
        form.start();
        form.on("What would you like to do?").choose("Make a complaint").next();
        form.on("Who are you?").choose("A parent, or someone with parental responsibility").next();
        form.on("Do you think a child is at risk of harm right now?").choose("No").next();
        form.on("About the child").fill("Child’s full name", "Sam Taylor")
                .fill("Child’s age, if you do not know their date of birth", "9").next();
        form.noOtherChild();
        form.on("Do you have parental responsibility for the child?").choose("Yes").next();
        form.on("Would you rather speak to a manager on the phone instead of making a formal complaint?")
                .choose("No, I want to make a formal complaint").next();
        form.on("Which service is this about?").choose("Children in care").next();
        return form;
    }

    /** The decoded plain text of the first email to this address, waiting for it to arrive. */
    private static String emailTo(String address) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().contains(address)) {
                    return text(m);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + address);
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                out.append(text(child));
            }
            return out.toString();
        }
        return part.isMimeType("text/*") ? (String) part.getContent() : "";
    }
}
