package uk.council.complaints.support;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** What the generated bad-input tests post (public and staff forms), and the name-value pairs they spoil. */
public final class BadInput {
    /**
     * A pasted letter of 100,000 characters, most of them (Bengali) 3 bytes in UTF-8 and 9 once percent-encoded:
     * near the largest post a person can make (application.yml's max-request-size says why it is 1MB).
     */
    public static final String PASTE = paste(100_000);
    /** Markup is kept as text (and always escaped); the control character in it is what is refused. */
    public static final String MARKUP = "<b>x</b>\u0007<script>y</script>";
    public static final String OFF_LIST = "not-on-the-list";

    private BadInput() {
    }

    public static String paste(int length) {
        StringBuilder s = new StringBuilder(length + 40);
        while (s.length() < length) {
            s.append("আমার মেয়ের সাথে দেখা বন্ধ হয়ে গেছে। It’s about my daughter’s visits. ");
        }
        s.setLength(length - 1);
        return s.append('.').toString();
    }

    /** The pairs with every value of this name replaced by one value. */
    public static List<String[]> replace(List<String[]> pairs, String name, String value) {
        List<String[]> out = new ArrayList<>(pairs.stream().filter(p -> !p[0].equals(name)).toList());
        out.add(new String[] {name, value});
        return out;
    }

    public static List<String> values(List<String[]> pairs, String name) {
        return pairs.stream().filter(p -> p[0].equals(name)).map(p -> p[1]).toList();
    }

    /**
     * The form (by its selector) of the page a bad post should get back: 400 or 422, "Error:" in the title. Null, with
     * the failure noted, when the answer is another status or another page.
     */
    public static Element sameFormBack(FormClient.Page page, String formSelector, String where, List<String> failures) {
        if (page.status() != 400 && page.status() != 422) {
            failures.add(where + "status " + page.status() + " " + page.html().select("h1").text());
            return null;
        }
        if (!page.title().startsWith("Error: ")) {
            failures.add(where + "title " + page.title());
        }
        Element form = page.html().selectFirst(formSelector);
        if (form == null) {
            failures.add(where + "not the same page: " + page.html().select("h1").text());
        }
        return form;
    }
}
