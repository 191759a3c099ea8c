package uk.council.complaints.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict decoding of url-encoded text (a form body, a query string): a broken percent escape or bytes that are
 * not UTF-8 make the whole request malformed, a 400, where a lenient decoder would throw deep inside a handler
 * (a 500) or quietly turn the bytes into replacement characters. Every value of a repeated name is kept
 * (ticked checkboxes), which Micronaut's body binding does not do for url-encoded forms (micronaut-core#9902).
 */
public final class FormDecoding {
    private FormDecoding() {
    }

    /** Thrown for text no browser would send; shown as the "we could not accept that form" page. */
    public static final class MalformedException extends PublicFormException {
        MalformedException() {
            super(io.micronaut.http.HttpStatus.BAD_REQUEST, "rejected");
        }
    }

    public static Map<String, List<String>> parse(String body, int maxParams) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return values;
        }
        int count = 0;
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > maxParams) {
                break;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    /** Whether {@code raw} (a raw path or query) decodes cleanly. */
    public static boolean isWellFormed(String raw) {
        try {
            decode(raw);
            return true;
        } catch (MalformedException e) {
            return false;
        }
    }

    static String decode(String component) {
        if (component.indexOf('%') < 0 && component.indexOf('+') < 0) {
            return component;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        int i = 0;
        while (i < component.length()) {
            int c = component.codePointAt(i);
            if (c == '%') {
                int hi = i + 2 < component.length() ? Character.digit(component.charAt(i + 1), 16) : -1;
                int lo = i + 2 < component.length() ? Character.digit(component.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new MalformedException();
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            } else if (c < 0x80) {
                bytes.write(c == '+' ? ' ' : c);
                i++;
            } else {
                byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException();
        }
    }
}
