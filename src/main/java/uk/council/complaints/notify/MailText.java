package uk.council.complaints.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.regex.Pattern;

/** Makes text safe for mail headers and HTML: what a person typed never becomes a header or markup. */
final class MailText {
    static final int MAX_NAME = 100;
    static final int MAX_SUBJECT = 200;
    static final int MAX_ADDRESS = 254;
    private static final Pattern EMAIL_LIKE = Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+");

    private MailText() {
    }

    /**
     * One line of printable text: control characters (CR, LF, tab, NUL...), line and paragraph
     * separators and invisible format characters (bidi overrides) become spaces or go, spaces are
     * collapsed, and the text is cut to {@code max} characters without splitting a character.
     */
    static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < max; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            // isSpaceChar covers the Unicode line and paragraph separators as well as odd spaces.
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (out.length() + Character.charCount(cp) > max) {
                break;
            }
            out.appendCodePoint(cp);
        }
        return out.toString().strip();
    }

    /** A single plain address, strictly parsed: no display name, no list, no header tricks. */
    static InternetAddress strictAddress(String address) throws AddressException {
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS) {
            throw new AddressException("Address missing or too long");
        }
        InternetAddress parsed = new InternetAddress(address, true);
        parsed.validate();
        if (parsed.getPersonal() != null || !address.equals(parsed.getAddress()) || parsed.isGroup()) {
            throw new AddressException("Not a single plain address");
        }
        return parsed;
    }

    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An error for the outbox row and staff: the cause, with anything like an address taken out. */
    static String errorSummary(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 900; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" / ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(EMAIL_LIKE.matcher(t.getMessage()).replaceAll("[address]"));
            }
        }
        return oneLine(text.toString(), 1000);
    }
}
