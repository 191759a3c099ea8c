package uk.council.complaints.casework.action;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import org.junit.jupiter.api.Test;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.web.Messages;
import uk.council.complaints.web.PortalLocales;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff forms are checked by the public form's checker: the same lengths, characters and lists. */
class ActionFormsTest {
    private final Messages msg = new Messages(new ResourceBundleMessageSource("i18n.staff"),
            new PortalLocales("en-GB", List.of("en-GB")), true);
    private final ActionForms forms = new ActionForms(msg, null, java.time.Clock.systemUTC(), new NatureQuestion(
            new uk.council.complaints.cases.Natures(List.of("delay", "other"), List.of("policy", "other")), msg));

    @Test
    void lengthsAreCountedInCharactersAsOnThePublicForm() {
        String thousandEmoji = "\uD83D\uDE00".repeat(1000);
        assertEquals(Map.of(), forms.check(CaseActions.EXTEND, form("reason", thousandEmoji)));
        assertTrue(forms.check(CaseActions.EXTEND, form("reason", thousandEmoji + "x")).get("reason")
                .contains("characters or fewer"));
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAreKept() {
        assertEquals(Map.of(), forms.check(CaseActions.NOTE, form("text", "Rang twice.\r\nNo answer.")));
        assertEquals(msg.get("staff.form.error.invalid"), forms.check(CaseActions.NOTE, form("text", "a\u0000b")).get("text"));
    }

    @Test
    void whatIsCheckedIsWhatIsKeptWithAUnicodeSpaceAtEitherEnd() {
        StaffForm form = form("text", "\u2003Rang twice.\u3000");
        assertEquals(Map.of(), forms.check(CaseActions.NOTE, form));
        assertEquals("Rang twice.", form.get("text"), "stored as checked: no space around it");
    }

    @Test
    void aControlCharacterAtEitherEndIsRefusedNotQuietlyDropped() {
        for (String typed : List.of("Rang twice.\u0007", "\u0000Rang twice.", " Rang twice.\u001F ", "Rang\u0007 twice.")) {
            assertEquals(msg.get("staff.form.error.invalid"), forms.check(CaseActions.NOTE, form("text", typed)).get("text"), typed);
        }
    }

    @Test
    void aRefusalNeedsAReasonFromTheListButNoDetails() {
        assertEquals(Map.of(), forms.check(CaseActions.REFUSE, form("reason", "out-of-time")));
        assertEquals(Map.of("reason", msg.get("staff.form.error.choose.reason")),
                forms.check(CaseActions.REFUSE, form("reason", "because")));
    }

    @Test
    void anEmptyAnswerAsksForIt() {
        assertEquals(Map.of("reason", msg.get("staff.form.error.enter.reason")), forms.check(CaseActions.EXTEND, form()));
    }

    private static StaffForm form(String... pairs) {
        Map<String, List<String>> values = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new StaffForm(values);
    }
}
