package uk.council.complaints.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormDecodingTest {
    @Test
    void decodesWhatBrowsersSend() {
        Map<String, List<String>> form = FormDecoding.parse(
                "name=Zo%C3%AB+O%E2%80%99Brien&outcome=apology&outcome=meeting&empty=&flag&emoji=%F0%9F%98%80&raw=caf\u00e9", 10);
        assertEquals(List.of("Zoë O’Brien"), form.get("name"));
        assertEquals(List.of("apology", "meeting"), form.get("outcome"), "every value of a repeated name");
        assertEquals(List.of(""), form.get("empty"));
        assertEquals(List.of(""), form.get("flag"));
        assertEquals(List.of("😀"), form.get("emoji"));
        assertEquals(List.of("café"), form.get("raw"));
    }

    @Test
    void brokenEscapesAndBytesThatAreNotUtf8AreMalformed() {
        for (String body : List.of("a=%zz", "a=%", "a=%4", "a=%ff", "a=%c3%28", "%zz=1", "a=%ED%A0%80")) {
            assertThrows(FormDecoding.MalformedException.class, () -> FormDecoding.parse(body, 10), body);
            assertFalse(FormDecoding.isWellFormed(body), body);
        }
        assertTrue(FormDecoding.isWellFormed("/staff/queue"));
    }

    @Test
    void keepsNoMoreThanTheLimit() {
        assertEquals(3, FormDecoding.parse("a=1&b=2&c=3&d=4&e=5", 3).size());
    }
}
