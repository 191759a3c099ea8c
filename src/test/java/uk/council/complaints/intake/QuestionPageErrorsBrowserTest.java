package uk.council.complaints.intake;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.BrowserTest;
import uk.council.complaints.support.Form;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every question page sent empty or wrong: the title starts "Error:", the error summary lists each message (in the
 * order of the questions), what was already given on the page is kept, and the error state has no axe violations.
 * Each page is then answered properly to reach the next one.
 */
@MicronautTest(transactional = false)
class QuestionPageErrorsBrowserTest extends BrowserTest {

    @Test
    void complaintPagesShowErrorsAndKeepAnswers() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.on("What would you like to do?")
                .nextWithErrors("What would you like to do?", "Select what you would like to do")
                .choose("Make a complaint").next();
        form.on("Who are you?").nextWithErrors("Who are you?", "Select who you are");
        assertThat(form.group("Who are you?")).hasAccessibleDescription("Error: Select who you are");
        form.choose("A parent, or someone with parental responsibility").next();
        form.on("Do you think a child is at risk of harm right now?")
                .nextWithErrors("Do you think a child is at risk of harm right now?",
                        "Select yes if you think a child is at risk of harm right now")
                .choose("No").next();

        form.on("About the child")
                .date("Child’s date of birth", "31", "2", "2015")
                .fill("Child’s address, if it is different from yours (optional)", "2 Mill Lane")
                .nextWithErrors("About the child", "Enter the child’s full name",
                        "Child’s date of birth must be a real date, like 27 3 2014");
        assertThat(form.group("Child’s date of birth").getByLabel("Day")).hasValue("31");
        assertThat(form.group("Child’s date of birth").getByLabel("Month")).hasValue("2");
        assertThat(form.field("Child’s address, if it is different from yours (optional)")).hasValue("2 Mill Lane");
        form.fill("Child’s full name", "Sam Taylor").date("Child’s date of birth", "28", "2", "2015").next();
        form.noOtherChild();

        form.on("Do you have parental responsibility for the child?")
                .nextWithErrors("Do you have parental responsibility for the child?",
                        "Select if you have parental responsibility for the child")
                .choose("I am not sure").next();
        form.on("Would you rather speak to a manager on the phone instead of making a formal complaint?")
                .nextWithErrors("Would you rather speak to a manager on the phone instead of making a formal complaint?",
                        "Select yes if you would rather speak to a manager on the phone")
                .choose("No, I want to make a formal complaint").next();

        form.on("Which service is this about?")
                .fill("Name of the worker, if it is about a worker (optional)", "Jo Bloggs")
                .nextWithErrors("Which service is this about?", "Select which service it is about");
        assertThat(form.field("Name of the worker, if it is about a worker (optional)")).hasValue("Jo Bloggs");
        form.choose("Early help").next();

        form.on("What happened").fill("What happened?", "The meeting was cancelled twice.").tick("It is still happening")
                .date("When did it happen?", "1", "1", "2099")
                .nextWithErrors("What happened", "When it happened must be today or in the past");
        assertThat(form.field("What happened?")).hasValue("The meeting was cancelled twice.");
        assertThat(form.group("When did it happen?")).hasAccessibleDescription(Pattern.compile(
                "^For example, 27 3 2025\\..*\\sError:\\s+When it happened must be today or in the past$"));
        assertThat(form.checkbox("It is still happening")).isChecked();
        assertThat(form.group("When did it happen?").getByLabel("Year")).hasValue("2099");
        form.date("When did it happen?", "1", "6", "2025").next();

        form.on("What would put it right?").tick("Something else")
                .nextWithErrors("What would put it right?",
                        "Tell us what would put it right, because you chose ‘Something else’");
        assertThat(form.checkbox("Something else")).isChecked();
        form.fill("Tell us more about what would put it right", "A written plan.").next();

        // One question a page: the court question and the earlier contact question are two pages.
        form.on("Is this part of a court case?")
                .nextWithErrors("Is this part of a court case?", "Select if this is part of a court case");
        form.choose("No").next();
        form.on("Have you already raised this with the team?")
                .nextWithErrors("Have you already raised this with the team?",
                        "Select yes if you have already raised this with the team");
        form.choose("No").next();

        form.on("Would you like an advocate for the child?")
                .nextWithErrors("Would you like an advocate for the child?", "Select if you would like an advocate for the child");
        form.choose("No, thank you").next();

        form.on("Your contact details").fill("Full name", "Alex Taylor").fill("Email address", "alex@").choose("Post")
                .nextWithErrors("Your contact details",
                        "Enter an email address in the correct format, like name@example.com",
                        "Enter your postal address, or choose another way for us to contact you");
        assertThat(form.field("Full name")).hasValue("Alex Taylor");
        assertThat(form.field("Email address")).hasValue("alex@");
        assertThat(form.radio("Post")).isChecked();
        form.errorSummary().getByRole(AriaRole.LINK,
                Form.named("Enter an email address in the correct format, like name@example.com")).click();
        assertThat(form.field("Email address")).isFocused();
        form.fill("Email address", "alex@example.com").choose("Email").next();

        form.on("Help to communicate with us").tick("An interpreter").tick("Something else")
                .fill("If you need something else, tell us what", "Meetings after 4pm")
                .nextWithErrors("Help to communicate with us", "Enter the language you need an interpreter for");
        assertThat(form.checkbox("An interpreter")).isChecked();
        assertThat(form.checkbox("Something else")).isChecked();
        assertThat(form.field("If you need something else, tell us what")).hasValue("Meetings after 4pm");
        assertThat(form.field("If you need an interpreter, which language?"))
                .hasAccessibleDescription("Error: Enter the language you need an interpreter for");
        form.fill("If you need an interpreter, which language?", "Urdu").next();

        // Every question here is optional and the options are radios: only a changed (tampered) value is wrong.
        form.on("Equality monitoring (optional)").choose("Your age", "25 to 34");
        form.radio("Woman").evaluate("radio => { radio.value = 'not-an-option'; radio.checked = true; }");
        form.nextWithErrors("Equality monitoring (optional)", "Select one of the options");
        assertThat(form.radio("25 to 34")).isChecked();
        form.choose("Your gender", "Woman").next();

        form.on("Check your answers before sending");
    }

    @Test
    void callBackPageShowsErrorsAndKeepsAnswers() {
        Form form = form().openStartPage();
        form.button("Ask for a call back").click();
        // an adult's call back (a young person's has its own pages, tested in YoungPersonCallBackBrowserTest)
        form.on("Who are you?").choose("A foster carer").next();
        form.on("Do you think a child is at risk of harm right now?").choose("No").next();
        form.on("About the child").fill("Child’s full name", "Jordan Smith")
                .fill("Child’s age, if you do not know their date of birth", "17").next();
        form.noOtherChild();
        form.on("Which service is this about?").choose("Care leavers").next();

        form.on("Your call back").fill("Phone number", "12345").tick("Tuesday")
                .nextWithErrors("Your call back",
                        "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
                        "Select what time of day is best",
                        "Tell us what you would like to talk about");
        assertThat(form.field("Phone number")).hasValue("12345");
        assertThat(form.checkbox("Tuesday")).isChecked();
        form.fill("Phone number", "07700 900 982").choose("Morning (9am to 12:30pm)")
                .fill("What would you like to talk about?", "My pathway plan.").next();

        form.on("Your contact details").fill("Phone number", "")
                .fill("Full name", "Riley Brown").fill("Email address", "riley@example.com").choose("Email")
                .nextWithErrors("Your contact details", "Enter a phone number so a manager can call you back");
        form.fill("Phone number", "07700 900 982").next();
        form.on("Help to communicate with us");
    }

    @Test
    void feedbackPageShowsErrorsAndKeepsTheMessage() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.choose("Say thank you, or make a comment or suggestion").next();

        form.on("Your feedback").fill("Your message", "The duty team were very kind.")
                .nextWithErrors("Your feedback", "Select what you would like to do");
        assertThat(form.field("Your message")).hasValue("The duty team were very kind.");
        form.choose("Make a comment").next();

        form.on("Your contact details").choose("Email")
                .nextWithErrors("Your contact details", "Enter your full name",
                        "Enter an email address, a phone number or a postal address, so we can contact you");
        assertThat(form.radio("Email")).isChecked();
        assertThat(form.field("Email address")).hasAccessibleDescription(
                "We will send a copy of what you told us and your reference to this address. "
                        + "Error: Enter an email address, a phone number or a postal address, so we can contact you");
    }

    @Test
    void stage2PagesShowErrorsAndKeepAnswers() {
        Form form = form();
        page.navigate("/form/what-would-you-like-to-do");
        form.choose("Ask for a complaint to go to the next stage").next();

        form.on("Your earlier complaint")
                .nextWithErrors("Your earlier complaint", "Enter your complaint reference, or select that you do not have it")
                .fill("Complaint reference", "KD7M-3PQX").tick("I do not have the reference")
                .nextWithErrors("Your earlier complaint",
                        "Enter your complaint reference, or select that you do not have it, not both");
        assertThat(form.field("Complaint reference")).hasValue("KD7M-3PQX");
        assertThat(form.checkbox("I do not have the reference")).isChecked();
        form.fill("Complaint reference", "KD7M_3PQX!").checkbox("I do not have the reference").uncheck();
        form.nextWithErrors("Your earlier complaint",
                "Complaint reference must only include letters, numbers and hyphens, like KD7M-3PQX");
        form.fill("Complaint reference", "KD7M-3PQX").next();

        form.on("Who are you?").choose("An advocate for a child or young person").next();
        form.on("About the child").fill("Child’s full name", "Morgan Hill")
                .nextWithErrors("About the child", "Enter the child’s date of birth, or their age if you do not know it");
        assertThat(form.field("Child’s full name")).hasValue("Morgan Hill");
        form.fill("Child’s age, if you do not know their date of birth", "14").next();
        form.noOtherChild();

        form.on("About your advocacy").fill("Which organisation are you from?", "Northfield Advocacy Service")
                .nextWithErrors("About your advocacy", "Select if the child knows about this complaint and agrees to it");
        assertThat(form.field("Which organisation are you from?")).hasValue("Northfield Advocacy Service");
        form.choose("The child cannot say").next();

        form.on("How was your complaint answered?").tick("Another way")
                .nextWithErrors("How was your complaint answered?",
                        "Tell us how your complaint was answered, because you chose ‘Another way’");
        assertThat(form.checkbox("Another way")).isChecked();
        form.fill("If another way, tell us how", "A text message").next();

        form.on("Why do you want your complaint to go to the next stage?").choose("Another reason")
                .nextWithErrors("Why do you want your complaint to go to the next stage?",
                        "Tell us the reason, because you chose ‘Another reason’");
        assertThat(form.radio("Another reason")).isChecked();
        form.fill("If another reason, tell us what it is", "Nobody replied to my questions").next();

        form.on("What do you want to happen now?")
                .nextWithErrors("What do you want to happen now?", "Tell us what you want to happen now")
                .fill("What do you want to happen now?", "An investigation.").next();
        form.on("Your contact details");
    }

    @Test
    void errorSummaryListsErrorsInTheOrderOfTheQuestions() {
        Form form = form().openStartPage();
        form.button("Ask for a call back").click();
        form.choose("A foster carer").next();
        form.choose("No").next();
        form.fill("Child’s full name", "Jordan Smith").fill("Child’s age, if you do not know their date of birth", "17").next();
        form.noOtherChild();
        form.choose("Care leavers").next();
        form.fill("Phone number", "07700 900 982").tick("Monday").choose("Any time")
                .fill("What would you like to talk about?", "My pathway plan.").next();

        form.on("Your contact details").fill("Phone number", "")
                .nextWithErrors("Your contact details", "Enter your full name",
                        "Enter an email address, a phone number or a postal address, so we can contact you",
                        "Select how you would like us to contact you");
        form.fill("Full name", "Riley Brown").fill("Phone number", "07700 900 982").choose("Phone").next();

        form.on("Help to communicate with us").tick("An interpreter").tick("Something else")
                .nextWithErrors("Help to communicate with us", "Enter the language you need an interpreter for",
                        "Tell us what you need, because you chose ‘Something else’");
    }
}
